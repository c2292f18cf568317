package cn.xj.titlereview.api;

import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over the servlet container's multipart limit fails before any controller is chosen,
 * so no controller-scoped advice sees it: answered here, after every other advice.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class UploadLimitAdvice {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
        return answer();
    }

    static ResponseEntity<ApiError> answer() {
        return ResponseEntity.badRequest().body(new ApiError("上传文件过大",
                List.of(new FieldProblem("file", "大小", "文件超过系统允许的上传大小"))));
    }
}
