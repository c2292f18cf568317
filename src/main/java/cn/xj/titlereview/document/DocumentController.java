package cn.xj.titlereview.document;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.xj.titlereview.security.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Printed documents (PDF, A4). Errors are JSON ({@code {"message","errors"}}): 403 for experts and
 * other units, 404 unknown, 409 before the step the notice names.
 */
@RestController
@Tag(name = "文书", description = "评审表、呈报表、公示、公示结果、电子职称证书")
@SecurityRequirement(name = "basicAuth")
class DocumentController {

    private static final MediaType PDF = MediaType.APPLICATION_PDF;

    private final DocumentService documents;
    private final CurrentUser currentUser;

    DocumentController(DocumentService documents, CurrentUser currentUser) {
        this.documents = documents;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/applications/{no}/documents/form.pdf")
    @Operation(summary = "评审表（初定、直接认定为呈报表）",
            description = "按提交时冻结的申报信息生成，A4 双面打印（页数为偶数），每页有申报编号和核验码水印、“第 n 页 共 m 页”。"
                    + "评审：评审委员会形式审核通过后；初定、直接认定：用人单位审核通过后。申报人、用人单位、主管部门、"
                    + "评审委员会办事机构、人社部门可下载；评审专家不可。本人以外的下载记入审计日志。")
    @ApiResponse(responseCode = "403", description = "无权获取（评审专家、其他单位）")
    @ApiResponse(responseCode = "404", description = "申报不存在")
    @ApiResponse(responseCode = "409", description = "尚未到可打印的环节")
    ResponseEntity<byte[]> form(@Parameter(description = "申报编号") @PathVariable("no") String no,
                                HttpServletResponse response) {
        return pdf(documents.form(no, currentUser.require()), response);
    }

    @GetMapping("/api/applications/{no}/documents/certificate.pdf")
    @Operation(summary = "电子职称证书", description = "人社部门审核确认、发放证书编号后可下载；二维码指向公开核验页面 /verify/{code}。")
    @ApiResponse(responseCode = "409", description = "尚未审核确认")
    ResponseEntity<byte[]> certificate(@PathVariable("no") String no, HttpServletResponse response) {
        return pdf(documents.certificate(no, currentUser.require()), response);
    }

    @GetMapping("/api/applications/{no}/documents/publicity-result.pdf")
    @Operation(summary = "公示结果", description = "单位公示期满、单位同意推荐后可打印，由单位盖章。")
    @ApiResponse(responseCode = "409", description = "单位公示尚未结束")
    ResponseEntity<byte[]> publicityResult(@PathVariable("no") String no, HttpServletResponse response) {
        return pdf(documents.publicityResult(no, currentUser.require()), response);
    }

    @GetMapping("/api/notices/{key}/documents/unit-publicity.pdf")
    @Operation(summary = "单位公示（PDF）",
            description = "本单位在该通知下已开始公示的申报人：基本信息、思想政治表现、工作简历、主要业绩、获奖情况，"
                    + "公示起止日期（按工作日历，与流程计时相同）和异议反映方式。仅本单位及其主管部门。")
    ResponseEntity<byte[]> unitPublicity(@PathVariable("key") String key,
                                         @Parameter(description = "用人单位代码") @RequestParam(name = "unit", required = false) String unit,
                                         HttpServletResponse response) {
        return pdf(documents.unitPublicity(key, unit, currentUser.require()), response);
    }

    @GetMapping("/api/notices/{key}/documents/unit-publicity.html")
    @Operation(summary = "单位公示（网页，供张贴或打印）")
    ResponseEntity<String> unitPublicityPage(@PathVariable("key") String key,
                                             @RequestParam(name = "unit", required = false) String unit) {
        String page = documents.unitPublicityPage(key, unit, currentUser.require());
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store").body(page);
    }

    @GetMapping("/api/notices/{key}/documents/result-publicity.pdf")
    @Operation(summary = "评审结果公示名单",
            description = "评审委员会办事机构、人社部门（及各单位本单位人员）：评审结果公示中的人员及公示期。")
    ResponseEntity<byte[]> resultPublicity(@PathVariable("key") String key, HttpServletResponse response) {
        return pdf(documents.resultPublicity(key, currentUser.require()), response);
    }

    private static ResponseEntity<byte[]> pdf(DocumentService.Document document, HttpServletResponse response) {
        // the forced UTF-8 response encoding would otherwise add a charset to a binary type
        response.setCharacterEncoding((String) null);
        return ResponseEntity.ok().contentType(PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(document.content());
    }
}
