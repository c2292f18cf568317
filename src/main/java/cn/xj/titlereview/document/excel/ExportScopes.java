package cn.xj.titlereview.document.excel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.xj.titlereview.api.ApiProblemException;
import cn.xj.titlereview.identity.Directory.Committee;
import cn.xj.titlereview.identity.Directory.EmployerUnit;
import cn.xj.titlereview.identity.Directory.HrBureau;
import cn.xj.titlereview.identity.OrganisationDirectory;
import cn.xj.titlereview.identity.RoleGroups;
import cn.xj.titlereview.notice.NoticeCatalog;
import cn.xj.titlereview.notice.NoticeDefinition.DirectRecognition;
import cn.xj.titlereview.security.ApiUser;

/**
 * What each role exports of a notice, as it reads the applications ({@code ApplicationAccess}): an employer
 * unit its own, a competent department its units', a committee office what the notice's committees leave
 * to it by series, specialty and level (without what a letter delegated elsewhere and without direct
 * recognitions) and what was delegated to it, the notice's HR bureau the notice but the direct recognitions
 * another bureau recognises, a prefecture's bureau the direct recognitions of its prefecture's units,
 * supervisors and administrators everything. Experts and applicants export nothing.
 */
@Component
class ExportScopes {

    private final OrganisationDirectory organisations;
    private final NoticeCatalog notices;

    ExportScopes(OrganisationDirectory organisations, NoticeCatalog notices) {
        this.organisations = organisations;
        this.notices = notices;
    }

    ExportScope of(String noticeId, ApiUser user) {
        if (user.isMemberOf(RoleGroups.ADMIN) || user.isMemberOf(RoleGroups.SUPERVISOR)) {
            return ExportScope.WHOLE_NOTICE;
        }
        List<ExportScope> scopes = new ArrayList<>();
        bureauScope(noticeId, user).ifPresent(scopes::add);
        List<Committee> serving = organisations.committeesOf(noticeId);
        for (Committee committee : organisations.directory().committees()) {
            if (user.isMemberOf(RoleGroups.committee(committee.code()))) {
                scopes.add(serving.contains(committee) ? servingCommittee(committee, serving)
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

    /**
     * The notice's bureau: the notice, less the direct recognitions of units another bureau recognises; another
     * bureau: the direct recognitions it recognises (on a notice that has direct recognition, 直接认定).
     */
    private Optional<ExportScope> bureauScope(String noticeId, ApiUser user) {
        HrBureau noticeBureau = organisations.hrBureauFor(noticeId).orElse(null);
        if (noticeBureau == null) {
            return Optional.empty();
        }
        Set<String> recognisedElsewhere = new LinkedHashSet<>();
        Set<String> recognisedByUser = new LinkedHashSet<>();
        boolean recognises = notices.find(noticeId).map(notice -> notice.specialPolicies().stream()
                .anyMatch(DirectRecognition.class::isInstance)).orElse(false);
        for (EmployerUnit unit : recognises ? organisations.directory().employerUnits() : List.<EmployerUnit>of()) {
            HrBureau recognising = organisations.recognisingBureau(unit, noticeBureau);
            if (!recognising.code().equals(noticeBureau.code())) {
                recognisedElsewhere.add(unit.code());
                if (user.isMemberOf(RoleGroups.hrBureau(recognising.code()))) {
                    recognisedByUser.add(unit.code());
                }
            }
        }
        if (user.isMemberOf(RoleGroups.hrBureau(noticeBureau.code()))) {
            return Optional.of(recognisedElsewhere.isEmpty() ? ExportScope.WHOLE_NOTICE
                    : ExportScope.exceptDirectRecognitionOf(recognisedElsewhere, "人社部门" + noticeBureau.code()));
        }
        return recognisedByUser.isEmpty() ? Optional.empty()
                : Optional.of(ExportScope.directRecognitionOf(recognisedByUser, "直接认定（本地区单位）"));
    }

    /**
     * A committee serving the notice: the applications its series, specialties and levels take and that no
     * committee before it (by code) takes, as {@code Directory#committeeFor} chooses; a notice with one
     * committee: all of them.
     */
    private static ExportScope servingCommittee(Committee committee, List<Committee> serving) {
        if (serving.size() == 1) {
            return ExportScope.servingCommittee(committee.code(), "1 = 1", List.of());
        }
        StringBuilder condition = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        match(committee, condition, parameters);
        for (Committee before : serving) {
            if (before.code().equals(committee.code())) {
                break;
            }
            condition.append(" and not ");
            match(before, condition, parameters);
        }
        return ExportScope.servingCommittee(committee.code(), condition.toString(), parameters);
    }

    /** {@code Committee#evaluates} in SQL on the application table. */
    private static void match(Committee committee, StringBuilder condition, List<Object> parameters) {
        if (committee.series() == null) {
            condition.append("(1 = 0)");
            return;
        }
        condition.append("(coalesce(series, '') = ?");
        parameters.add(committee.series());
        if (!committee.specialties().isEmpty()) {
            condition.append(" and coalesce(specialty, '') in (").append(marks(committee.specialties().size())).append(')');
            parameters.addAll(committee.specialties());
        }
        if (!committee.levels().isEmpty()) {
            condition.append(" and coalesce(level_code, '') in (").append(marks(committee.levels().size())).append(')');
            parameters.addAll(committee.levels());
        }
        condition.append(')');
    }

    private static String marks(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }
}
