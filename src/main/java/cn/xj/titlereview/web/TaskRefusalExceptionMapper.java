package cn.xj.titlereview.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

import cn.xj.titlereview.review.ReviewDecisionException;
import cn.xj.titlereview.task.TaskOperationRefused;

/**
 * Engine REST (what Tasklist calls) answers a refusal of the product's task listeners with its own status and the
 * Chinese message alone, instead of Camunda's 500 with "ENGINE-03051 … TaskListener" around it: an assignee outside
 * the office's group or a review task completed without a valid decision (退回 without reasons, 退回上一环节 to a step
 * that is not the earlier one) is 400, handing over an expert's vote 403, completing a delegated task or one that
 * waits for an added reviewer 409. Body: Camunda's error shape ({@code type}, {@code message}). The engine's
 * ERROR line for it is held back by {@link EngineRefusalLogFilter}: a refusal is no fault of the system.
 */
@Priority(Priorities.USER - 100)
class TaskRefusalExceptionMapper implements ExtendedExceptionMapper<ProcessEngineException> {

    @Override
    public boolean isMappable(ProcessEngineException exception) {
        return refusal(exception).isPresent();
    }

    @Override
    public Response toResponse(ProcessEngineException exception) {
        return answer(exception);
    }

    /** The same for what engine REST wraps first ("Cannot complete task …": {@link RestException}). */
    @Priority(Priorities.USER - 100)
    static class Wrapped implements ExtendedExceptionMapper<RestException> {

        @Override
        public boolean isMappable(RestException exception) {
            return refusal(exception).isPresent();
        }

        @Override
        public Response toResponse(RestException exception) {
            return answer(exception);
        }
    }

    static Response answer(Throwable exception) {
        Refusal refusal = refusal(exception).orElseThrow();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", refusal.type());
        body.put("message", refusal.message());
        return Response.status(refusal.status()).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(body).build();
    }

    record Refusal(Response.Status status, String type, String message) {
    }

    /** The product's refusal inside an engine exception, if any, with the status it answers. */
    static Optional<Refusal> refusal(Throwable thrown) {
        Optional<Refusal> operation = TaskOperationRefused.findIn(thrown).map(refused -> new Refusal(
                switch (refused.kind()) {
                    case INVALID -> Response.Status.BAD_REQUEST;
                    case FORBIDDEN -> Response.Status.FORBIDDEN;
                    case CONFLICT -> Response.Status.CONFLICT;
                }, TaskOperationRefused.class.getSimpleName(), refused.getMessage()));
        return operation.or(() -> ReviewDecisionException.findIn(thrown).map(refused -> new Refusal(
                Response.Status.BAD_REQUEST, ReviewDecisionException.class.getSimpleName(), refused.getMessage())));
    }
}
