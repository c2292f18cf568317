package cn.xj.titlereview.audit;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.xj.titlereview.api.ApiProblemException;
import cn.xj.titlereview.identity.RoleGroups;
import cn.xj.titlereview.security.ApiUser;
import cn.xj.titlereview.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The audit log, read only: there is no endpoint that changes or deletes an event. */
@RestController
@RequestMapping(path = "/api/audit", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "审计日志", description = "个人信息查看与评审决定的审计记录（只读）")
@SecurityRequirement(name = "basicAuth")
public class AuditController {

    private final AuditLog auditLog;
    private final CurrentUser currentUser;

    public AuditController(AuditLog auditLog, CurrentUser currentUser) {
        this.auditLog = auditLog;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(summary = "查询审计日志",
            description = "按记录顺序分页返回审计事件（每页 50 条），仅监督人员和系统管理员可查看。")
    @ApiResponse(responseCode = "200", description = "审计事件")
    @ApiResponse(responseCode = "401", description = "未登录")
    @ApiResponse(responseCode = "403", description = "无权查看审计日志")
    public AuditPage events(
            @Parameter(description = "申报编号，不填则查询全部") @RequestParam(name = "applicationNo", required = false) String applicationNo,
            @Parameter(description = "页码，从 0 开始") @RequestParam(name = "page", defaultValue = "0") int page) {
        ApiUser user = currentUser.require();
        if (!user.isMemberOf(RoleGroups.SUPERVISOR) && !user.isMemberOf(RoleGroups.ADMIN)) {
            throw ApiProblemException.forbidden("仅监督人员和系统管理员可查看审计日志");
        }
        return auditLog.page(applicationNo, page);
    }
}
