package cn.xj.titlereview.eligibility;

import java.util.Optional;
import java.util.stream.IntStream;

import cn.xj.titlereview.declaration.AssessmentRating;
import cn.xj.titlereview.declaration.CurrentTitle;
import cn.xj.titlereview.declaration.SkilledQualification;
import cn.xj.titlereview.eligibility.EligibilityDecisions.Seniority;
import cn.xj.titlereview.notice.Level;
import cn.xj.titlereview.notice.NoticeDefinition.EarlyApplication;
import cn.xj.titlereview.notice.NoticeDefinition.SkilledRoute;
import cn.xj.titlereview.notice.NoticeDefinition.SkilledWorkerPathway;

/**
 * Years of seniority for a title review: education and years in the current title or in the profession up to the
 * notice's cut-off (DMN {@code title-seniority}), one year earlier where the notice allows it ({@code EARLY_APPLICATION}),
 * and the skilled-worker pathway (高技能人才贯通).
 */
final class SeniorityRules extends RuleFamily {

    SeniorityRules(EligibilityCheck check) {
        super(check);
    }

    @Override
    public void apply() {
        if (!directRecognition && check.inScope && c.level() != null && notice.titleReview()) {
            seniority();
        }
    }

    private void seniority() {
        Optional<SkilledWorkerPathway> pathway = notice.specialPolicies().stream()
                .filter(SkilledWorkerPathway.class::isInstance).map(SkilledWorkerPathway.class::cast)
                .filter(p -> !p.routes().isEmpty()).findFirst();
        if (Boolean.TRUE.equals(situation.skilledWorker()) && pathway.isPresent()) {
            skilledWorker(pathway.get());
            return;
        }
        Optional<String> education = highestEducation().map(e -> e.level().name());
        if (education.isEmpty()) {
            return;
        }
        Seniority rule = decisions.seniority(level(), education.get());
        if (!rule.allowed()) {
            fail("education", "学历条件", rule.basis().substring(rule.basis().indexOf('：') + 1), basisSource(rule));
            return;
        }
        int earlier = yearsEarlier();
        String earlyNote = earlier > 0 ? "（已按提前申报政策减少" + earlier + "年）" : "";
        if (rule.requiredTitleLevel().isPresent()) {
            Level required = rule.requiredTitleLevel().get();
            CurrentTitle title = c.currentTitle();
            if (title == null || title.name() == null) {
                return;
            }
            if (title.none() || title.level() == null
                    || title.level().ordinal() > required.ordinal()) {
                fail("currentTitle.level", "任职资格", "申报" + level().label() + "须已取得" + required.label()
                        + "职称", basisSource(rule));
                return;
            }
            if (title.obtainedOn() != null) {
                int years = years(title.obtainedOn(), cutoff);
                int needed = Math.max(0, rule.minTitleYears() - earlier);
                if (years < needed) {
                    fail("currentTitle.obtainedOn", "任职年限", "取得现职称至" + cutoff + "仅" + served(title.obtainedOn(), cutoff) + "，申报"
                            + level().label() + "须满" + needed + "年" + earlyNote, basisSource(rule));
                }
            }
        }
        professionYears(Math.max(0, rule.minProfessionYears() - earlier), basisSource(rule), earlyNote);
    }

    private void skilledWorker(SkilledWorkerPathway pathway) {
        String clause = pathway.clause();
        Optional<SkilledRoute> route = pathway.routes().stream().filter(r -> r.level() == level()).findFirst();
        if (route.isEmpty()) {
            fail("level", "高技能人才贯通", "高技能人才贯通申报不含" + level().label() + "（可申报："
                    + String.join("、", pathway.routes().stream().map(r -> r.qualification() + "→" + r.level().label())
                    .toList()) + "）", clause);
            return;
        }
        SkilledRoute r = route.get();
        SkilledQualification held = situation.skilledQualification();
        if (held == null) {
            fix("situation.skilledQualification", "必填", "高技能人才贯通申报请填写职业资格等级", clause);
        } else if (!held.atLeast(r.qualification())) {
            fail("situation.skilledQualification", "高技能人才贯通", "申报" + level().label() + "须取得"
                    + r.qualification() + "职业资格（现为" + held.label() + "）", clause);
        }
        if (situation.skilledQualificationOn() == null) {
            fix("situation.skilledQualificationOn", "必填", "请填写职业资格取得日期", clause);
        } else {
            int years = years(situation.skilledQualificationOn(), cutoff);
            if (years < r.years()) {
                fail("situation.skilledQualificationOn", "高技能人才贯通", "取得" + r.qualification() + "职业资格至"
                        + cutoff + "仅" + served(situation.skilledQualificationOn(), cutoff) + "，须满" + r.years() + "年", clause);
            }
        }
        Integer qualifiedYears = pathway.qualifiedAssessmentYears();
        if (qualifiedYears != null) {
            int last = notice.year() - 1;
            requireAssessments(IntStream.rangeClosed(last - qualifiedYears + 1, last).boxed().toList(),
                    AssessmentRating.QUALIFIED, clause);
        }
    }

    private void professionYears(int needed, String clause, String earlyNote) {
        if (needed <= 0 || c.professionStartDate() == null) {
            return;
        }
        int years = years(c.professionStartDate(), cutoff);
        if (years < needed) {
            fail("professionStartDate", "工作年限", "从事专业技术工作至" + cutoff + "仅" + served(c.professionStartDate(), cutoff) + "，申报"
                    + level().label() + "须满" + needed + "年" + earlyNote, clause);
        }
    }

    private int yearsEarlier() {
        return notice.specialPolicies().stream()
                .filter(EarlyApplication.class::isInstance).map(EarlyApplication.class::cast)
                .filter(p -> holds(p.when()))
                .filter(p -> p.regions().isEmpty() || p.regions().stream().anyMatch(a -> a.code().equals(facts.regionCode())))
                .mapToInt(p -> p.yearsEarlier() == null ? 0 : p.yearsEarlier())
                .max().orElse(0);
    }

    private static String basisSource(Seniority rule) {
        String basis = rule.basis();
        int colon = basis == null ? -1 : basis.indexOf('：');
        return colon < 0 ? basis : basis.substring(0, colon);
    }
}
