package cn.xj.titlereview.unitaccount;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.xj.titlereview.api.ApiProblemException;
import cn.xj.titlereview.audit.AuditAction;
import cn.xj.titlereview.audit.AuditLog;
import cn.xj.titlereview.directory.UnitRegistrations;
import cn.xj.titlereview.identity.Directory;
import cn.xj.titlereview.identity.OrganisationDirectory;
import cn.xj.titlereview.identity.RoleGroups;
import cn.xj.titlereview.security.ApiUser;

/**
 * The first users of the other organisations, "added the same way by the bureau above them": a competent
 * department's ({@code competent<code>}) and a committee office's ({@code committee<code>}) by the HR bureau of
 * their region (a committee's: the bureau that formed it, or one above), an HR bureau's ({@code hrb<code>}) by a
 * bureau above it (not by itself); the administrator for any. A new Camunda user in that group only, audited.
 */
@Service
class OrganisationContacts {

    enum Kind {
        COMPETENT_DEPARTMENTS("competent-departments", "主管部门"),
        COMMITTEES("committees", "评审委员会办事机构"),
        BUREAUS("bureaus", "人社部门");

        private final String path;
        private final String label;

        Kind(String path, String label) {
            this.path = path;
            this.label = label;
        }

        static Optional<Kind> of(String path) {
            for (Kind kind : values()) {
                if (kind.path.equals(path)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    private final OrganisationDirectory organisations;
    private final UnitReviewers users;
    private final EngineAccounts accounts;
    private final AuditLog auditLog;

    OrganisationContacts(OrganisationDirectory organisations, UnitReviewers users, EngineAccounts accounts,
                         AuditLog auditLog) {
        this.organisations = organisations;
        this.users = users;
        this.accounts = accounts;
        this.auditLog = auditLog;
    }

    @Transactional
    UnitReviewers.Reviewer create(String kindPath, String code, UnitReviewers.NewReviewer input, ApiUser caller) {
        Kind kind = Kind.of(kindPath).orElseThrow(() -> ApiProblemException.notFound(
                "没有这类组织机构：" + kindPath + "（competent-departments、committees 或 bureaus）"));
        Directory d = organisations.directory();
        String group;
        String region;
        String name;
        switch (kind) {
            case COMPETENT_DEPARTMENTS -> {
                Directory.CompetentDepartment c = d.competentDepartment(code)
                        .orElseThrow(() -> ApiProblemException.notFound("主管部门 " + code + " 不存在"));
                group = RoleGroups.competent(c.code());
                region = c.regionCode();
                name = c.name();
            }
            case COMMITTEES -> {
                Directory.Committee c = d.committees().stream().filter(x -> x.code().equals(code)).findFirst()
                        .orElseThrow(() -> ApiProblemException.notFound("评审委员会 " + code + " 不存在"));
                group = RoleGroups.committee(c.code());
                region = c.hrBureau();
                name = c.name() + "办事机构";
            }
            default -> {
                Directory.HrBureau b = d.hrBureaus().stream().filter(x -> x.code().equals(code)).findFirst()
                        .orElseThrow(() -> ApiProblemException.notFound("人社部门 " + code + " 不存在"));
                group = RoleGroups.hrBureau(b.code());
                region = b.code();
                name = b.name();
            }
        }
        boolean above = UnitRegistrations.bureauAbove(caller, region)
                && !(kind == Kind.BUREAUS && caller.isMemberOf(group));
        if (!above && !caller.isMemberOf(RoleGroups.ADMIN)) {
            throw ApiProblemException.forbidden("只有上级人社部门（或系统管理员）可以为" + kind.label + " " + code + " 开通账号");
        }
        UnitReviewers.NewReviewer in = users.checked(input);
        accounts.create(in.userId(), in.name(), null, null, in.password(), group);
        accounts.setInfo(in.userId(), UnitReviewers.PHONE_INFO, in.phone());
        auditLog.decision(caller.userId(), AuditAction.CHANGE_UNIT_ACCOUNT, null, "为" + kind.label + " " + code + " "
                + name + " 开通账号 " + in.userId() + "（" + in.name() + "，用户组 " + group + "）");
        return new UnitReviewers.Reviewer(in.userId(), in.name(), UnitRegistrationService.masked(in.phone()), true);
    }
}
