package cn.xj.titlereview.security;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.xj.titlereview.api.ApiProblemException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * An administrator lifts a user's login lock at once (the whole of {@code /api/admin} is for
 * administrators only); the unlock is audited with who lifted it.
 */
@RestController
@Tag(name = "登录锁定", description = "解除用户的登录锁定（仅管理员）")
@SecurityRequirement(name = "basicAuth")
class AccountUnlockController {

    private final IdentityService identityService;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    AccountUnlockController(IdentityService identityService, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.identityService = identityService;
        this.currentUser = currentUser;
        this.events = events;
    }

    @PostMapping(path = "/api/admin/users/{id}/unlock", produces = MediaType.APPLICATION_JSON_VALUE)
    @Transactional
    @Operation(summary = "解除登录锁定", description = "清除该用户连续登录失败的次数和锁定时间，记入审计日志。")
    @ApiResponse(responseCode = "403", description = "不是系统管理员")
    @ApiResponse(responseCode = "404", description = "用户不存在")
    Map<String, String> unlock(@PathVariable("id") String userId) {
        ApiUser admin = currentUser.require();
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            throw ApiProblemException.notFound("用户不存在");
        }
        identityService.unlockUser(userId);
        events.publishEvent(new AccountLockEvent(AccountLockEvent.Kind.UNLOCKED, userId, 0, null, admin.userId()));
        return Map.of("userId", userId, "message", "已解除用户 " + userId + " 的登录锁定");
    }
}
