package cn.xj.titlereview.task;

import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A task operation the office's rules forbid, refused inside the engine (an assignment outside the group
 * through Tasklist or engine REST, completing a task that is delegated or waits for an added reviewer).
 * The engine wraps it (ENGINE-03051 …); the product API checks the same rules before it calls the engine.
 */
public class TaskOperationRefused extends ProcessEngineException {

    private static final long serialVersionUID = 1L;

    /** Why: what engine REST answers (400, 403, 409; {@code web.TaskRefusalExceptionMapper}). */
    public enum Kind {
        /** The request names someone or something the rules do not allow (400). */
        INVALID,
        /** Nobody may do this (403): an expert's vote is never handed over. */
        FORBIDDEN,
        /** Not now (409): the task is delegated, or waits for an added reviewer. */
        CONFLICT
    }

    private final Kind kind;

    public TaskOperationRefused(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** This exception inside the cause chain of an engine exception, if any. */
    public static Optional<TaskOperationRefused> findIn(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof TaskOperationRefused refused) {
                return Optional.of(refused);
            }
        }
        return Optional.empty();
    }
}
