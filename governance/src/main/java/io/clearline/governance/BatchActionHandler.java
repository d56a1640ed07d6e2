package io.clearline.governance;

import java.util.List;

/**
 * An {@link ActionHandler} that can also run many approved actions of its kind at once, which
 * {@link ActionGateway#submitAll} then does: one call per batch instead of one per action. Each action
 * gets its own result, in order; a refused action must leave no writes of its own (check everything
 * before writing), and the others go on. Throwing instead rolls the whole batch's dispatch back, and
 * the gateway runs its actions one at a time through {@link #execute}.
 */
public interface BatchActionHandler<P> extends ActionHandler<P> {

    List<Result> executeAll(List<ActionContext<P>> actions);

    /** What became of one action of a batch: its outcome, or why it was refused. */
    record Result(ActionOutcome outcome, RuntimeException refusal) {

        public static Result done(ActionOutcome outcome) {
            return new Result(outcome, null);
        }

        public static Result refused(RuntimeException refusal) {
            return new Result(null, refusal);
        }
    }
}
