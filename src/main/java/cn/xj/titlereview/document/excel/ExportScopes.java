package cn.xj.titlereview.document.excel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.xj.titlereview.api.ApiProblemException;
import cn.xj.titlereview.identity.Directory.Committee;
import cn.xj.titlereview.identity.Directory.EmployerUnit;
import cn.xj.titlereview.identity.OrganisationDirectory;
import cn.xj.titlereview.identity.RoleGroups;
import cn.xj.titlereview.security.ApiUser;

/**
 * What each role exports of a notice, as it reads the applications: an employer unit its own, a
 * competent department its units', the committee office the notice it serves (without what a letter
 * delegated elsewhere) or what was delegated to it, the notice's HR bureau the notice, supervisors
 * and administrators everything. Experts and applicants export nothing.
 */
@Component
class ExportScopes {

    private final OrganisationDirectory organisations;

    ExportScopes(OrganisationDirectory organisations) {
        this.organisations = organisations;
    }

    ExportScope of(String noticeId, ApiUser user) {
        if (user.isMemberOf(RoleGroups.ADMIN) || user.isMemberOf(RoleGroups.SUPERVISOR)) {
            return ExportScope.WHOLE_NOTICE;
        }
        List<ExportScope> scopes = new ArrayList<>();
        boolean bureauOfNotice = organisations.hrBureauFor(noticeId)
                .map(b -> user.isMemberOf(RoleGroups.hrBureau(b.code()))).orElse(false);
        if (bureauOfNotice) {
            return ExportScope.WHOLE_NOTICE;
        }
        String serving = organisations.committeeFor(noticeId).map(Committee::code).orElse(null);
        for (Committee committee : organisations.directory().committees()) {
            if (user.isMemberOf(RoleGroups.committee(committee.code()))) {
                scopes.add(committee.code().equals(serving) ? ExportScope.servingCommittee(committee.code())
                        : ExportScope.delegatedTo(committee.code()));
            }
        }
        Set<String> ownUnits = new LinkedHashSet<>();
        Set<String> competentUnits = new LinkedHashSet<>();
        for (EmployerUnit unit : organisations.directory().employerUnits()) {
            if (user.isMemberOf(RoleGroups.unit(unit.code()))) {
                ownUnits.add(unit.code());
            }
            if (unit.competent() != null && user.isMemberOf(RoleGroups.competent(unit.competent()))) {
                competentUnits.add(unit.code());
            }
        }
        if (!ownUnits.isEmpty()) {
            scopes.add(ExportScope.units(ownUnits, "用人单位" + String.join("、", ownUnits)));
        }
        if (!competentUnits.isEmpty()) {
            scopes.add(ExportScope.units(competentUnits, "主管单位所属单位" + String.join("、", competentUnits)));
        }
        if (scopes.isEmpty()) {
            if (user.isMemberOfAny("expert")) {
                throw ApiProblemException.forbidden("评审专家不能导出名单（盲评）");
            }
            throw ApiProblemException.forbidden("无权导出该通知的名单");
        }
        return ExportScope.anyOf(scopes);
    }
}
