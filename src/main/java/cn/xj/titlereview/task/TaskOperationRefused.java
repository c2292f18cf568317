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

    public TaskOperationRefused(String message) {
        super(message);
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
