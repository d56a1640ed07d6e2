package io.clearline.governance;

import java.util.Locale;
import java.util.Objects;

/**
 * Who did or proposed something: a person, the matcher, the agent, the system itself or an API
 * client. Stored and audited as {@code kind:name}, e.g. {@code person:alice}.
 */
public record Actor(Kind kind, String name) {

    /** The kinds of actors the gateway tells apart; only a {@link #PERSON} may approve. */
    public enum Kind { PERSON, MATCHER, AGENT, SYSTEM, API_CLIENT }

    public Actor {
        Objects.requireNonNull(kind, "actor kind");
        if (name == null || name.isBlank()) {
            throw new InvalidPayload("actor name must not be blank");
        }
        name = name.strip();
        if (name.length() > 200) {
            throw new InvalidPayload("actor name is longer than 200 characters");
        }
    }

    public static Actor person(String name) {
        return new Actor(Kind.PERSON, name);
    }

    public static Actor matcher(String name) {
        return new Actor(Kind.MATCHER, name);
    }

    public static Actor agent(String name) {
        return new Actor(Kind.AGENT, name);
    }

    public static Actor system(String name) {
        return new Actor(Kind.SYSTEM, name);
    }

    public static Actor apiClient(String name) {
        return new Actor(Kind.API_CLIENT, name);
    }

    /** Reads the {@code kind:name} form written by {@link #id()}. */
    public static Actor parse(String id) {
        int colon = id == null ? -1 : id.indexOf(':');
        if (colon <= 0) {
            throw new InvalidPayload("actor must look like kind:name, was " + id);
        }
        try {
            Kind kind = Kind.valueOf(id.substring(0, colon).toUpperCase(Locale.ROOT));
            return new Actor(kind, id.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            throw new InvalidPayload("unknown actor kind in " + id);
        }
    }

    /** The stable text form used in the database and the audit log. */
    public String id() {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + name;
    }

    /** Same kind and same name ignoring case: "Alice" and "alice" are one person for maker-checker. */
    public boolean isSameAs(Actor other) {
        return other != null && kind == other.kind && name.equalsIgnoreCase(other.name);
    }

    @Override
    public String toString() {
        return id();
    }
}
