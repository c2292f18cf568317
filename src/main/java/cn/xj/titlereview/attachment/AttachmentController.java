package cn.xj.titlereview.attachment;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletResponse;

import cn.xj.titlereview.api.ApiError;
import cn.xj.titlereview.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Materials: one JPG per page, checked by content, stored re-encoded; masked copies for reviewers.
 * Files are served as downloads ({@code Content-Disposition: attachment}) with {@code nosniff}.
 */
@RestController
@Tag(name = "申报材料", description = "上传JPG材料、遮盖本人姓名与单位、下载")
public class AttachmentController {

    private final AttachmentService service;
    private final CurrentUser currentUser;

    AttachmentController(AttachmentService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
    }

    @PostMapping(path = "/api/applications/{no}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传一页材料（JPG）",
            description = "按文件内容判断是否为JPG；大小上限默认5MB，像素上限默认4000万；重新编码后保存（去除EXIF、GPS等信息）。")
    @ApiResponse(responseCode = "201", description = "已上传")
    @ApiResponse(responseCode = "400", description = "材料类别或文件不符合要求（逐项列出）",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "409", description = "申报已提交，不能修改材料")
    ResponseEntity<AttachmentView> upload(
            @Parameter(description = "申报编号", example = "ZC2024-000123") @PathVariable("no") String applicationNo,
            @Parameter(description = "材料类别（通知中的材料编号）", example = "id-card")
            @RequestParam(name = "category", required = false) String category,
            @Parameter(description = "JPG文件") @RequestPart(name = "file", required = false) MultipartFile file) {
        AttachmentView view = service.upload(applicationNo, category, file == null ? null : new AttachmentService.Upload() {
            @Override
            public String originalName() {
                return file.getOriginalFilename();
            }

            @Override
            public long size() {
                return file.getSize();
            }

            @Override
            public byte[] bytes() throws IOException {
                return file.getBytes();
            }
        }, currentUser.require());
        return ResponseEntity.created(URI.create("/api/attachments/" + view.id())).body(view);
    }

    @GetMapping("/api/applications/{no}/attachments")
    @Operation(summary = "列出申报的材料")
    List<AttachmentView> list(@PathVariable("no") String applicationNo) {
        return service.listVisible(applicationNo, currentUser.require());
    }

    @GetMapping(path = "/api/attachments/{id}", produces = MediaType.IMAGE_JPEG_VALUE)
    @Operation(summary = "下载一页材料",
            description = "申报人本人得到上传的图片（masked=true 时得到遮盖后的图片）；审核人员只得到遮盖后的图片，"
                    + "评委得到的文件以材料类别命名。本人以外的每次下载记入审计日志。")
    ResponseEntity<byte[]> download(
            @Parameter(description = "附件编号") @PathVariable("id") String id,
            @Parameter(description = "本人查看遮盖后的图片") @RequestParam(name = "masked", defaultValue = "false")
            boolean masked, HttpServletResponse response) {
        AttachmentService.StoredFile file = service.download(id, masked, currentUser.require());
        // the forced UTF-8 response encoding would otherwise add a charset to a binary type
        response.setCharacterEncoding((String) null);
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_JPEG)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.downloadName(), StandardCharsets.UTF_8)
                                .build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(file.content());
    }

    @PostMapping(path = "/api/attachments/{id}/masks", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "设置遮盖",
            description = "确认本页是否出现本人姓名或工作单位；需要遮盖时给出矩形区域（像素坐标），生成涂黑后的副本供审核与评审使用。"
                    + "每次提交替换之前的遮盖。")
    @ApiResponse(responseCode = "400", description = "遮盖区域有误（逐项列出）",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    AttachmentView mask(@PathVariable("id") String id, @RequestBody MaskRequest request) {
        return service.mask(id, request, currentUser.require());
    }

    @DeleteMapping("/api/attachments/{id}")
    @Operation(summary = "删除一页材料（仅草稿或退回修改时）")
    ResponseEntity<Void> delete(@PathVariable("id") String id) {
        service.delete(id, currentUser.require());
        return ResponseEntity.noContent().build();
    }
}
