package cn.xj.titlereview.audit;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import cn.xj.titlereview.api.ApiError;
import cn.xj.titlereview.api.ApiProblemException;

/** Error answers of the audit API, in the {@link ApiError} shape used by the product API. */
@RestControllerAdvice(assignableTypes = AuditController.class)
class AuditErrorHandler {

    @ExceptionHandler(ApiProblemException.class)
    ResponseEntity<ApiError> problem(ApiProblemException e) {
        return ResponseEntity.status(e.status()).body(e.body());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> badParameter(MethodArgumentTypeMismatchException e) {
        ApiProblemException problem = ApiProblemException.badRequest("页码应为数字", java.util.List.of());
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(problem.body());
    }
}
