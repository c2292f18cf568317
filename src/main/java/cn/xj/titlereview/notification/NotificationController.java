package cn.xj.titlereview.notification;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.xj.titlereview.api.ApiError;
import cn.xj.titlereview.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The message centre (消息中心): the caller's notifications, unread count, mark read. */
@RestController
@RequestMapping(path = "/api/notifications", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "消息中心", description = "待办、退回、修改期限、缴费、催办、评审结果等通知")
@SecurityRequirement(name = "basicAuth")
class NotificationController {

    private final NotificationCentre centre;
    private final CurrentUser currentUser;

    NotificationController(NotificationCentre centre, CurrentUser currentUser) {
        this.centre = centre;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(summary = "我的通知", description = "发给本人或本人所在组的通知，最新的在前；unread 为未读条数。")
    NotificationCentre.Page list(
            @Parameter(description = "页码，从 0 开始") @RequestParam(name = "page", defaultValue = "0") int page,
            @Parameter(description = "每页条数（最多 100）") @RequestParam(name = "size", defaultValue = "20") int size,
            @Parameter(description = "只看未读") @RequestParam(name = "unread", defaultValue = "false") boolean unread) {
        return centre.page(currentUser.require(), page, size, unread);
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "标记为已读", description = "返回第一页和新的未读条数；不是发给本人的通知：404。")
    @ApiResponse(responseCode = "404", description = "通知不存在", content = @Content(schema = @Schema(implementation = ApiError.class)))
    NotificationCentre.Page read(@PathVariable("id") long id) {
        return centre.markRead(currentUser.require(), id);
    }

    @PostMapping("/read-all")
    @Operation(summary = "全部标记为已读")
    NotificationCentre.Page readAll() {
        return centre.markAllRead(currentUser.require());
    }
}
