package cn.xj.titlereview.eligibility;

import java.util.List;

import cn.xj.titlereview.notice.Level;
import cn.xj.titlereview.notice.NoticeDefinition.ExcludedGroup;
import cn.xj.titlereview.notice.NoticeDefinition.ScopeEntry;
import cn.xj.titlereview.notice.NoticeDefinition.ScopeLevel;

/**
 * 申报范围: the series, specialties and levels the notice evaluates (its scope table), a delegation letter's
 * scope, and specialties filled by examination (以考代评, DMN {@code exam-based-specialty}), which the notices exclude.
 */
final class ScopeRules extends RuleFamily {

    ScopeRules(EligibilityCheck check) {
        super(check);
    }

    @Override
    public void apply() {
        check.inScope = in.delegation().outbound() ? outboundScope() : scope();
        if (!directRecognition && c.series() != null && c.level() != null) {
            examBasedSpecialty();   // out of scope too: 以考代评 is the reason the applicant needs to read
        }
    }

    private boolean scope() {
        if (c.series() == null || c.level() == null || notice.scope() == null) {
            return false;
        }
        String clause = notice.scope().clause();
        List<ScopeEntry> bySeries = notice.scope().entries().stream()
                .filter(e -> c.series().equals(e.series())).toList();
        if (bySeries.isEmpty()) {
            fail("series", "申报范围", "本通知不受理" + c.series() + "的申报", clause);
            return false;
        }
        List<ScopeEntry> bySpecialty = bySeries.stream()
                .filter(e -> e.specialties().isEmpty() || e.specialties().contains(c.specialty()))
                .filter(e -> !e.excludedSpecialties().contains(c.specialty()))
                .toList();
        if (bySpecialty.isEmpty()) {
            fail("specialty", "申报范围", "本通知" + c.series() + "不受理" + c.specialty() + "专业的申报", clause);
            return false;
        }
        Level level = level();
        boolean levelAdmitted = bySpecialty.stream().flatMap(e -> e.levels().stream())
                .filter(l -> l.code() == level)
                .anyMatch(l -> holds(l.when()));
        if (!levelAdmitted) {
            String admitted = String.join("、", bySpecialty.stream().flatMap(e -> e.levels().stream())
                    .map(ScopeLevel::code).distinct().map(Level::label).toList());
            fail("level", "申报范围", "本通知" + c.series() + "不受理" + level.label() + "的申报（受理："
                    + admitted + "）", clause);
            return false;
        }
        return true;
    }

    /**
     * A letter to another area's committee is for a specialty this notice does not evaluate: the
     * notice's scope does not apply, but a specialty it does evaluate stays with its own committee.
     */
    private boolean outboundScope() {
        if (c.series() == null || c.level() == null || notice.scope() == null) {
            return false;
        }
        boolean evaluatedHere = notice.scope().entries().stream()
                .filter(e -> c.series().equals(e.series()))
                .filter(e -> e.specialties().isEmpty() || e.specialties().contains(c.specialty()))
                .anyMatch(e -> !e.excludedSpecialties().contains(c.specialty()));
        if (evaluatedHere) {
            fix("situation.delegatedToCommittee", "委托评审", "本通知评审" + c.series() + c.specialty()
                    + "专业，由本地评审委员会评审；只有本地未开展评审的专业才委托其他评审委员会", delegationClause(true));
        }
        return true;
    }

    private void examBasedSpecialty() {
        boolean noticeExcludes = notice.exclusions().stream().anyMatch(e -> e.group() == ExcludedGroup.EXAM_BASED_SPECIALTY)
                || (notice.initialDetermination() != null
                && Boolean.TRUE.equals(notice.initialDetermination().excludesExamBasedSpecialties()));
        if (!noticeExcludes) {
            return;
        }
        decisions.examBased(c.series(), c.specialty(), level()).ifPresent(basis ->
                fail("specialty", "以考代评", c.series() + c.specialty() + level().label()
                        + "实行以考代评，取得考试合格证书即具备相应资格，不再" + (notice.titleReview() ? "评审" : "初定"),
                        basis));
    }
}
