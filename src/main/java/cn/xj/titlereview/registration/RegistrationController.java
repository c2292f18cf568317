package cn.xj.titlereview.registration;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import cn.xj.titlereview.api.ApiError;
import cn.xj.titlereview.declaration.IdDocuments;
import cn.xj.titlereview.registration.RegistrationService.CodeAnswer;
import cn.xj.titlereview.registration.RegistrationService.CodeRequest;
import cn.xj.titlereview.registration.RegistrationService.Registered;
import cn.xj.titlereview.registration.RegistrationService.RegistrationRequest;
import cn.xj.titlereview.registration.RegistrationService.Reset;
import cn.xj.titlereview.registration.RegistrationService.ResetRequest;
import cn.xj.titlereview.security.CurrentUser;
import cn.xj.titlereview.security.OpenApiPaths;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * 实名注册 and 找回密码, open without a login ({@link OpenApiPaths}); and the caller's own registration
 * ({@code GET /api/account}, with a login).
 */
@RestController
@Tag(name = "实名注册", description = "申报人实名注册、短信验证码、找回密码（无需登录）")
class RegistrationController {

    private final RegistrationService service;
    private final PersonRecords records;
    private final CurrentUser currentUser;

    RegistrationController(RegistrationService service, PersonRecords records, CurrentUser currentUser) {
        this.service = service;
        this.records = records;
        this.currentUser = currentUser;
    }

    @PostMapping(path = OpenApiPaths.VERIFICATION_CODES, consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "获取短信验证码", description = "purpose：REGISTER（注册）或 RESET_PASSWORD（找回密码）。"
            + "无论该号码是否已注册，回答都相同。6位数字，5分钟内有效，最多试5次；同一号码每分钟1次、每天10次，同一地址每小时30次。")
    @ApiResponse(responseCode = "429", description = "获取过于频繁（Retry-After）",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    CodeAnswer code(@RequestBody(required = false) CodeRequest request, HttpServletRequest http) {
        return service.requestCode(request == null ? new CodeRequest(null, null) : request, http.getRemoteAddr());
    }

    @PostMapping(path = OpenApiPaths.REGISTRATIONS, consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "实名注册", description = "姓名、证件类型（默认居民身份证）、证件号码、手机号码、短信验证码、密码。"
            + "同一证件号码、同一手机号码只能注册一个账号；已注册的与验证码错误的回答相同。返回生成的用户名。")
    @ApiResponse(responseCode = "400", description = "逐项列出的字段问题，或验证码无效",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    Registered register(@RequestBody(required = false) RegistrationRequest request, HttpServletRequest http) {
        return service.register(request == null ? new RegistrationRequest(null, null, null, null, null, null) : request,
                http.getRemoteAddr());
    }

    @PostMapping(path = OpenApiPaths.PASSWORD_RESETS, consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "找回密码", description = "以发到注册手机的验证码设置新密码；返回用户名，并解除登录锁定。")
    @ApiResponse(responseCode = "400", description = "逐项列出的字段问题，或验证码无效",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    Reset reset(@RequestBody(required = false) ResetRequest request, HttpServletRequest http) {
        return service.resetPassword(request == null ? new ResetRequest(null, null, null) : request,
                http.getRemoteAddr());
    }

    /** What the declaration takes from the registration: name and document (masked); none for other accounts. */
    record Account(String userId, boolean registered, String name, String idType, String idTypeLabel,
                   String idNumberMasked, String phoneMasked) {
    }

    @GetMapping(path = "/api/account", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "本人的实名信息", description = "实名注册的姓名、证件（遮盖形式）与手机；申报时姓名和证件取自这里。")
    Account account() {
        String userId = currentUser.require().userId();
        return records.of(userId)
                .map(p -> new Account(userId, true, p.name(), p.idType().name(), p.idType().label(),
                        IdDocuments.mask(p.idNumber()), SmsGateway.maskPhone(p.phone())))
                .orElse(new Account(userId, false, null, null, null, null, null));
    }

    /** 429 with {@code Retry-After}; before the general handler, which knows nothing of the header. */
    @RestControllerAdvice(assignableTypes = RegistrationController.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class TooManyCodesHandler {
        @ExceptionHandler(TooManyCodesException.class)
        ResponseEntity<ApiError> tooMany(TooManyCodesException e) {
            return ResponseEntity.status(e.status()).header("Retry-After", Long.toString(e.retryAfterSeconds()))
                    .body(e.body());
        }
    }
}
