package io.clearline.governance;

/** No module registered a handler for this action kind, so it could never run: HTTP 422. */
public class UnknownActionKind extends InvalidPayload {

    public UnknownActionKind(String kind) {
        super("no handler is registered for action kind '" + kind + "'");
    }

    @Override
    public String problemType() {
        return "unknown-action-kind";
    }
}
