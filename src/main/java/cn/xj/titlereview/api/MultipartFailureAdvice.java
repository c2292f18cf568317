package cn.xj.titlereview.api;

import java.util.List;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * A multipart request the servlet container refuses to parse (over its size limit, or a file name
 * with a null byte) fails before any controller is chosen, so no controller-scoped advice sees it:
 * answered here, after every other advice, as a 400 in the API's error shape.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class MultipartFailureAdvice {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
        return tooLarge();
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ApiError> unparsable(MultipartException e) {
        return answer(e);
    }

    static ResponseEntity<ApiError> tooLarge() {
        return ResponseEntity.badRequest().body(new ApiError("上传文件过大",
                List.of(new FieldProblem("file", "大小", "文件超过系统允许的上传大小"))));
    }

    static ResponseEntity<ApiError> answer(MultipartException e) {
        Throwable root = NestedExceptionUtils.getMostSpecificCause(e);
        if (root.getClass().getSimpleName().equals("InvalidFileNameException")) {
            return ResponseEntity.badRequest().body(new ApiError("附件不符合要求",
                    List.of(new FieldProblem("file", "文件名", "文件名含有空字符或不允许的字符"))));
        }
        return ResponseEntity.badRequest().body(new ApiError("上传内容无法解析",
                List.of(new FieldProblem("file", "格式", "请以 multipart/form-data 上传文件"))));
    }
}
