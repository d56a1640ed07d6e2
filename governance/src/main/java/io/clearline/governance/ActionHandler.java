package io.clearline.governance;

/**
 * Executes one kind of action once the gateway has approved it. The module that owns the state
 * registers its handler as a Spring bean; the gateway finds it by {@link #kind()}, turns the stored
 * JSON payload into {@link #payloadType()} (and validates it with Bean Validation when proposed)
 * and calls {@link #execute} inside the transaction that marks the proposal EXECUTED. A handler
 * that throws leaves no trace of its own writes; the proposal becomes FAILED with the reason.
 *
 * @param <P> the payload record of this kind
 */
public interface ActionHandler<P> {

    /** Dotted lower-case name, e.g. {@code note.attach}, {@code cash.apply}. */
    String kind();

    Class<P> payloadType();

    ActionOutcome execute(ActionContext<P> action);

    /**
     * True when every refusal (exception) happens before the handler's first write, so a refusal
     * leaves nothing to roll back. {@link ActionGateway#submitAll} then runs it without a savepoint of
     * its own (two round trips fewer per action); should the database itself fail mid-way, the batch's
     * dispatch is rolled back and its actions are run again one at a time, each in a savepoint.
     */
    default boolean refusesBeforeWriting() {
        return false;
    }
}
