package cn.xj.titlereview.api;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A refusal with an HTTP status and a Chinese message (and, for 400, every field problem).
 * Thrown by services; turned into {@link ApiError} by {@link ApiErrorHandler}.
 */
public class ApiProblemException extends RuntimeException {

    private final HttpStatus status;
    private final List<FieldProblem> problems;

    public ApiProblemException(HttpStatus status, String message, List<FieldProblem> problems) {
        super(message);
        this.status = status;
        this.problems = problems == null ? List.of() : List.copyOf(problems);
    }

    public ApiProblemException(HttpStatus status, String message) {
        this(status, message, List.of());
    }

    public static ApiProblemException badRequest(String message, List<FieldProblem> problems) {
        return new ApiProblemException(HttpStatus.BAD_REQUEST, message, problems);
    }

    public static ApiProblemException notFound(String message) {
        return new ApiProblemException(HttpStatus.NOT_FOUND, message);
    }

    public static ApiProblemException forbidden(String message) {
        return new ApiProblemException(HttpStatus.FORBIDDEN, message);
    }

    public static ApiProblemException conflict(String message) {
        return new ApiProblemException(HttpStatus.CONFLICT, message);
    }

    public HttpStatus status() {
        return status;
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    public ApiError body() {
        return new ApiError(getMessage(), problems);
    }
}
