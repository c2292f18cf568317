package cn.xj.titlereview.document.verify;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.xj.titlereview.document.pdf.DocumentTemplates;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The public verification page (no login): whether a printed form or a certificate is genuine and
 * current. Server-rendered Chinese HTML, nothing loaded from outside; unknown code 404, too many
 * requests from one address 429, each with its own Chinese page.
 */
@RestController
@Tag(name = "文书核验", description = "公开核验评审表、呈报表和电子职称证书（无需登录）")
class VerificationController {

    private final Verifications verifications;
    private final VerifyRateLimiter limiter;
    private final DocumentTemplates templates;

    VerificationController(Verifications verifications, VerifyRateLimiter limiter, DocumentTemplates templates) {
        this.verifications = verifications;
        this.limiter = limiter;
        this.templates = templates;
    }

    @GetMapping("/verify/{code}")
    @Operation(summary = "核验文书", description = "显示文书类型、申报编号或证书编号、遮盖后的姓名（张*）、通知、状态和日期。")
    ResponseEntity<String> verify(@PathVariable("code") String code, HttpServletRequest request) {
        if (!limiter.allow(request.getRemoteAddr())) {
            return page(HttpStatus.TOO_MANY_REQUESTS, "verify-too-many.html", Map.of());
        }
        return verifications.verify(code)
                .map(result -> page(HttpStatus.OK, "verify.html", Map.of("r", result)))
                .orElseGet(() -> page(HttpStatus.NOT_FOUND, "verify-not-found.html", Map.of()));
    }

    private ResponseEntity<String> page(HttpStatus status, String template, Map<String, Object> model) {
        String html = templates.render(template, DocumentTemplates.Scope.NONE, model);
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Robots-Tag", "noindex");
        if (status == HttpStatus.TOO_MANY_REQUESTS) {
            builder.header(HttpHeaders.RETRY_AFTER, "60");
        }
        return builder.body(html);
    }
}
