package cn.xj.titlereview.schedule;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import cn.xj.titlereview.api.FieldProblem;
import cn.xj.titlereview.calendar.BeijingTime;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * HTTP 409 for {@link WindowClosedException}, from whichever controller calls the guard. It handles
 * that exception only; ordered first so that a catch-all handler elsewhere does not take it.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class WindowClosedErrorHandler {

    @ExceptionHandler(WindowClosedException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    WindowClosedBody windowClosed(WindowClosedException e) {
        return new WindowClosedBody(e.getMessage(), List.of(), e.noticeId(), e.windowName(), e.windowLabel(),
                e.start() == null ? null : e.start().atZone(BeijingTime.ZONE).toOffsetDateTime(),
                e.end() == null ? null : e.end().atZone(BeijingTime.ZONE).toOffsetDateTime());
    }

    @Schema(description = "不在通知规定的时间内")
    record WindowClosedBody(
            @Schema(description = "错误说明", example = "申报时间为2024-07-22 00:00至2024-08-30 18:00（北京时间），申报已截止，当前不在申报时间内")
            String message,
            @Schema(description = "字段问题（此处总为空列表，与其他错误的格式一致）") List<FieldProblem> errors,
            @Schema(description = "通知编号", example = "notice-2024-akesu-coal") String noticeId,
            @Schema(description = "时间窗口", example = "declaration") String window,
            @Schema(description = "时间窗口名称", example = "申报") String windowLabel,
            @Schema(description = "开始时间（北京时间）") OffsetDateTime start,
            @Schema(description = "截止时间（北京时间）") OffsetDateTime end) {
    }
}
