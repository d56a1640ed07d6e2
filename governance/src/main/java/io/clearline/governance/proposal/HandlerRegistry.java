package io.clearline.governance.proposal;

import io.clearline.governance.ActionHandler;
import io.clearline.governance.UnknownActionKind;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The handlers the owning modules registered, by kind. Resolved on first use so a handler may
 * itself depend on the gateway (to propose follow-up actions) without a cycle at start-up.
 */
public final class HandlerRegistry {

    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+");

    private final Supplier<? extends Collection<? extends ActionHandler<?>>> source;
    private volatile Map<String, ActionHandler<?>> byKind;

    public HandlerRegistry(Supplier<? extends Collection<? extends ActionHandler<?>>> source) {
        this.source = source;
    }

    public ActionHandler<?> require(String kind) {
        return find(kind).orElseThrow(() -> new UnknownActionKind(kind));
    }

    public Optional<ActionHandler<?>> find(String kind) {
        return Optional.ofNullable(handlers().get(kind));
    }

    private Map<String, ActionHandler<?>> handlers() {
        Map<String, ActionHandler<?>> map = byKind;
        if (map == null) {
            synchronized (this) {
                if (byKind == null) {
                    byKind = index(source.get());
                }
                map = byKind;
            }
        }
        return map;
    }

    private static Map<String, ActionHandler<?>> index(Collection<? extends ActionHandler<?>> handlers) {
        Map<String, ActionHandler<?>> map = new HashMap<>();
        for (ActionHandler<?> h : handlers) {
            if (!KIND.matcher(h.kind()).matches()) {
                throw new IllegalStateException("action kind '" + h.kind() + "' of " + h.getClass().getName()
                        + " must be dotted lower case, e.g. note.attach");
            }
            ActionHandler<?> clash = map.putIfAbsent(h.kind(), h);
            if (clash != null) {
                throw new IllegalStateException("two handlers for action kind '" + h.kind() + "': "
                        + clash.getClass().getName() + " and " + h.getClass().getName());
            }
        }
        return Map.copyOf(map);
    }
}
