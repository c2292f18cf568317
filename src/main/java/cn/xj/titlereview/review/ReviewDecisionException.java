package cn.xj.titlereview.review;

import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A review task was completed with a missing or inconsistent decision. The completion is rolled back.
 * The engine wraps exceptions of task listeners (ENGINE-03051 ...), so callers that answer people
 * (the product API) use {@link #findIn(Throwable)} to show the Chinese message alone.
 */
public class ReviewDecisionException extends ProcessEngineException {

    private static final long serialVersionUID = 1L;

    public ReviewDecisionException(String message) {
        super(message);
    }

    /** This exception inside the cause chain of an engine exception, if any. */
    public static Optional<ReviewDecisionException> findIn(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof ReviewDecisionException decisionException) {
                return Optional.of(decisionException);
            }
        }
        return Optional.empty();
    }
}
