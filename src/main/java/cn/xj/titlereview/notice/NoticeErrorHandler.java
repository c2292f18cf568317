package cn.xj.titlereview.notice;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice(assignableTypes = NoticeController.class)
class NoticeErrorHandler {

    @ExceptionHandler(NoticeNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ErrorBody notFound(NoticeNotFoundException e) {
        return new ErrorBody("通知不存在", "id", e.noticeId());
    }

    @Schema(description = "错误")
    record ErrorBody(@Schema(description = "错误说明", example = "通知不存在") String error,
                     @Schema(description = "出错的字段", example = "id") String field,
                     @Schema(description = "出错的取值") Object value) {
    }
}
