package cn.xj.titlereview.document.word;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

/** The notices' document templates as Word files prefilled with one application's data. */
@RestController
@Tag(name = "文书模板", description = "单位推荐意见、主管部门推荐意见、廉政情况证明、个人承诺书（Word，已填入申报信息）")
class WordDocumentController {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final WordDocuments documents;
    private final CurrentUser currentUser;

    WordDocumentController(WordDocuments documents, CurrentUser currentUser) {
        this.documents = documents;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/applications/{no}/documents/{kind}.docx")
    @Operation(summary = "下载填好申报信息的文书（Word）",
            description = "按最近一次提交时冻结的申报信息填写通知附件的模板，供出具方修改、打印、签字盖章："
                    + "recommendation 单位推荐意见、integrity 廉政情况证明（用人单位）；competent-recommendation "
                    + "主管部门推荐意见（主管部门，用人单位推荐后）；pledge 个人承诺书（申报人本人）。监督人员和管理员可查看全部。"
                    + "评审专家一律不能获取（盲评）。申报人以外的每次下载记入审计日志。")
    @ApiResponse(responseCode = "200", description = "Word 文档",
            content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
    @ApiResponse(responseCode = "403", description = "不是该文书的出具方",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "404", description = "申报或文书种类不存在",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "409", description = "申报尚未提交，或用人单位尚未推荐（主管部门推荐意见）",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    ResponseEntity<byte[]> download(
            @Parameter(description = "申报编号", example = "ZC2024-000123") @PathVariable("no") String applicationNo,
            @Parameter(description = "文书种类", example = "recommendation") @PathVariable("kind") String kind,
            HttpServletResponse response) {
        WordDocuments.Rendered rendered = documents.render(applicationNo, kind, currentUser.require());
        // the forced UTF-8 response encoding would otherwise add a charset to a binary type
        response.setCharacterEncoding((String) null);
        return ResponseEntity.ok()
                .contentType(DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(rendered.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(rendered.content());
    }
}
