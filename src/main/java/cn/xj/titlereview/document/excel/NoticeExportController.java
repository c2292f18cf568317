package cn.xj.titlereview.document.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.xj.titlereview.api.ApiError;
import cn.xj.titlereview.security.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A notice's lists as Excel, written to the response as the rows are read. */
@RestController
@Tag(name = "名单导出", description = "申报清单、推荐名册、评审结果、分环节统计（Excel）")
class NoticeExportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Logger log = LoggerFactory.getLogger(NoticeExportController.class);

    private final NoticeExports exports;
    private final CurrentUser currentUser;

    NoticeExportController(NoticeExports exports, CurrentUser currentUser) {
        this.exports = exports;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/notices/{key}/exports/{kind}.xlsx")
    @Operation(summary = "导出通知的名单（Excel）",
            description = "applications 申报清单（按用人单位，含状态、当前环节和时间）；recommendations 主管单位推荐名册；"
                    + "results 评审结果（只有票数，不含任何评委的投票）；statistics 分环节统计。"
                    + "每个角色只导出其可查看的申报：用人单位本单位的，主管单位所属单位的，评委会办事机构所评审通知的，"
                    + "人社部门本通知的，监督人员和管理员全部；评审专家和申报人不能导出。不含身份证号码。每次导出记入审计日志。")
    @ApiResponse(responseCode = "200", description = "Excel 工作簿",
            content = @Content(mediaType = XLSX))
    @ApiResponse(responseCode = "403", description = "无权导出",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "404", description = "通知或导出种类不存在",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    void export(@Parameter(description = "通知编号", example = "notice-2024-xj-senior-five-series")
                @PathVariable("key") String noticeId,
                @Parameter(description = "导出种类", example = "applications") @PathVariable("kind") String kind,
                HttpServletResponse response) throws IOException {
        NoticeExports.Export export = exports.prepare(noticeId, kind, currentUser.require());
        // the forced UTF-8 response encoding would otherwise add a charset to a binary type
        response.setCharacterEncoding((String) null);
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(export.fileName(), StandardCharsets.UTF_8).build().toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        OutputStream out = response.getOutputStream();
        try {
            export.writeTo(out);
        } catch (IOException | RuntimeException e) {
            // the answer has begun: the client sees a broken download, the log says why
            log.error("导出中断：通知 {}，{}", noticeId, kind, e);
            throw e;
        }
        out.flush();
    }
}
