package cn.xj.titlereview.task;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.xj.titlereview.api.ApiError;
import cn.xj.titlereview.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The offices' daily operations on a task (转办、委派、加签、催办). Refusals: 400 (the colleague named is unknown
 * or outside the office's group, every problem listed), 403 (another office's task, an expert's vote, not the
 * holder), 404 (no such task), 409 (already completed, already delegated), 429 (urged again too soon); nothing
 * is changed by a refused request.
 */
@RestController
@RequestMapping(path = "/api/tasks", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "任务办理", description = "退回上一环节、转办、委派、加签、催办")
@SecurityRequirement(name = "basicAuth")
@ApiResponse(responseCode = "400", description = "请求有误（逐项列出）", content = @Content(schema = @Schema(implementation = ApiError.class)))
@ApiResponse(responseCode = "403", description = "无权办理该任务", content = @Content(schema = @Schema(implementation = ApiError.class)))
@ApiResponse(responseCode = "404", description = "任务不存在", content = @Content(schema = @Schema(implementation = ApiError.class)))
@ApiResponse(responseCode = "409", description = "任务已办结或状态不允许", content = @Content(schema = @Schema(implementation = ApiError.class)))
class TaskOperationsController {

    private final TaskOperations operations;
    private final TaskUrges urges;
    private final CurrentUser currentUser;

    TaskOperationsController(TaskOperations operations, TaskUrges urges, CurrentUser currentUser) {
        this.operations = operations;
        this.urges = urges;
        this.currentUser = currentUser;
    }

    /** {@code {"to": "dwxj02"}}. */
    record ToRequest(String to) {
    }

    /** {@code {"to": "unit_review", "reason": "…"}}. */
    record SendBackRequest(String to, String reason) {
    }

    /** {@code {"user": "dwxj03"}}. */
    record ReviewerRequest(String user) {
    }

    /** {@code {"comment": "…"}} (optional) or {@code {"opinion": "…"}}. */
    record TextRequest(String comment, String opinion) {
    }

    /** {@code {"message": "…"}}. */
    record UrgeRequest(String message) {
    }

    /** The task and every urge of it. */
    record TaskDetail(TaskView task, List<TaskUrgeRepository.Urge> urges) {
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看任务的办理情况", description = "办理人、委派状态、加签人及其意见、批注和催办记录；本单位成员、办理人可查看。")
    TaskDetail view(@PathVariable("id") String id) {
        return new TaskDetail(operations.view(currentUser.require(), id), urges.urgesOf(id));
    }

    @PostMapping(path = "/{id}/send-back", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "退回上一环节", description = "主管单位退回用人单位重新审核（to: unit_review），评审委员会办事机构退回主管单位"
            + "重新审核（to: competent_recommend），须填写退回原因（reason），上一环节的任务表单显示该原因并通知其单位；"
            + "不计申报人的提交次数，不改变修改期限；单位意见不变时不重复公示。")
    TaskView sendBack(@PathVariable("id") String id, @RequestBody SendBackRequest request) {
        return operations.sendBack(currentUser.require(), id, request.to(), request.reason());
    }

    @PostMapping(path = "/{id}/transfer", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "转办", description = "把本单位的任务交给本单位（同一候选组）的另一位成员办理；任务有办理人时只有办理人可以转办。")
    TaskView transfer(@PathVariable("id") String id, @RequestBody ToRequest request) {
        return operations.transfer(currentUser.require(), id, request.to());
    }

    @PostMapping(path = "/{id}/delegate", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "委派", description = "请本单位的同事办理，办理后交回（resolve），由本人决定。评审专家的投票不得委派。")
    TaskView delegate(@PathVariable("id") String id, @RequestBody ToRequest request) {
        return operations.delegate(currentUser.require(), id, request.to());
    }

    @PostMapping("/{id}/resolve")
    @Operation(summary = "交回委派的任务", description = "被委派人办理完毕，交回任务所有人决定；可附办理意见 {\"comment\"}。")
    TaskView resolve(@PathVariable("id") String id, @RequestBody(required = false) TextRequest request) {
        return operations.resolve(currentUser.require(), id, request == null ? null : request.comment());
    }

    @PostMapping(path = "/{id}/add-reviewer", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "加签", description = "请本单位的另一位成员提出意见；意见提交前该任务不能办结。")
    TaskView addReviewer(@PathVariable("id") String id, @RequestBody ReviewerRequest request) {
        return operations.addReviewer(currentUser.require(), id, request.user());
    }

    @PostMapping(path = "/{id}/opinion", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "提交加签意见", description = "加签人对其加签任务（子任务）提交意见 {\"opinion\"}，意见记入原任务的批注。")
    TaskView opinion(@PathVariable("id") String id, @RequestBody TextRequest request) {
        return operations.giveOpinion(currentUser.require(), id, request.opinion());
    }

    @PostMapping(path = "/{id}/urge", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "催办", description = "前序环节的办理单位或监督人员催办待办任务的办理人（或候选组成员），对方立即收到通知；"
            + "同一任务同一催办人每 4 小时（titlereview.tasks.urge-interval）限一次，过频返回 429。")
    @ApiResponse(responseCode = "429", description = "催办过于频繁", content = @Content(schema = @Schema(implementation = ApiError.class)))
    TaskUrges.UrgeResult urge(@PathVariable("id") String id, @RequestBody UrgeRequest request) {
        return urges.urge(currentUser.require(), id, request.message());
    }
}
