package cn.xj.titlereview.notice;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import cn.xj.titlereview.api.ApiError;
import cn.xj.titlereview.api.FieldProblem;

/** An unknown notice: 404 in the API's one error shape, naming the field. */
@RestControllerAdvice(assignableTypes = NoticeController.class)
class NoticeErrorHandler {

    @ExceptionHandler(NoticeNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ApiError notFound(NoticeNotFoundException e) {
        return new ApiError("通知不存在", List.of(new FieldProblem("id", "存在", "没有编号为“" + e.noticeId() + "”的通知")));
    }
}
