package cn.xj.titlereview.notice;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

import cn.xj.titlereview.api.ApiError;

@RestController
@RequestMapping(path = "/api/notices", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "通知", description = "职称评审和初定初级职称的通知：申报范围、时间安排、材料、收费等")
class NoticeController {

    private final NoticeService notices;

    NoticeController(NoticeService notices) {
        this.notices = notices;
    }

    @GetMapping
    @Operation(summary = "通知列表", description = "按年度从新到旧列出通知及其申报期，并说明当前是否可以申报")
    List<NoticeSummary> list(
            @Parameter(description = "是否包含已停用（配置文件已删除）的通知")
            @RequestParam(defaultValue = "false") boolean includeInactive) {
        return notices.list(includeInactive);
    }

    @GetMapping("/{id}")
    @Operation(summary = "通知详情", description = "通知概要和完整配置（申报范围、各时间段、退回修改时限、收费、答辩、材料、公示、表决等）")
    @ApiResponse(responseCode = "200", description = "通知详情")
    @ApiResponse(responseCode = "404", description = "通知不存在",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    NoticeDetail get(@Parameter(description = "通知编号", example = "notice-2024-akesu-coal") @PathVariable String id) {
        return notices.get(id);
    }
}
