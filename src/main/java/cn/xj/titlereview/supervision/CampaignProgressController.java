package cn.xj.titlereview.supervision;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.xj.titlereview.api.ApiError;
import cn.xj.titlereview.security.CurrentUser;

@RestController
@Tag(name = "监督", description = "各通知的评审进度（只读）：监督人员和系统管理员查看全部通知，人社部门查看其负责的通知")
class CampaignProgressController {

    private final CampaignProgressService progress;
    private final CurrentUser currentUser;

    CampaignProgressController(CampaignProgressService progress, CurrentUser currentUser) {
        this.progress = progress;
        this.currentUser = currentUser;
    }

    /** A notice the caller may follow on the supervision page. */
    record ReadableNotice(String id, String title, Integer year) {
    }

    @GetMapping(path = "/api/supervision/notices", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "可查看进度的通知", description = "当前用户可以查看评审进度的通知")
    List<ReadableNotice> notices() {
        return progress.readable(currentUser.require()).stream()
                .map(n -> new ReadableNotice(n.id(), n.title(), n.year())).toList();
    }

    @GetMapping(path = "/api/notices/{id}/progress", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "通知的评审进度", description = "各环节进行中和超期的件数、超期事项、各用人单位和评审委员会的件数、"
            + "已办结的结果，以及最近的每日统计快照；超期指待办已过办理期限，或期限（修改时限、缴费期限、公示期等）已到而尚未处理")
    @ApiResponse(responseCode = "200", description = "评审进度")
    @ApiResponse(responseCode = "403", description = "无权查看",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "404", description = "通知不存在",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    CampaignProgress progress(@Parameter(description = "通知编号", example = "notice-2023-hami-all-series")
                              @PathVariable String id) {
        return progress.progress(id, currentUser.require());
    }
}
