package cn.xj.titlereview.eligibility;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

import cn.xj.titlereview.declaration.AnnualAssessment;
import cn.xj.titlereview.declaration.ApplicationContent;
import cn.xj.titlereview.declaration.AssessmentRating;
import cn.xj.titlereview.declaration.EducationEntry;
import cn.xj.titlereview.declaration.Situation;
import cn.xj.titlereview.notice.ApplicationFacts;
import cn.xj.titlereview.notice.Level;
import cn.xj.titlereview.notice.NoticeCondition;
import cn.xj.titlereview.notice.NoticeDefinition.DelegatedEvaluation;
import cn.xj.titlereview.notice.NoticeDefinition.DelegationDirection;
import cn.xj.titlereview.notice.NoticeDefinition.YearRange;
import cn.xj.titlereview.notice.NoticeDefinition;

/**
 * One family of the notices' conditions, working on the check of one application: what the rules read, and
 * the problems they report. Helpers common to every family live here.
 */
abstract class RuleFamily implements EligibilityRule {

    protected final EligibilityCheck check;
    protected final EligibilityRules.Input in;
    protected final NoticeDefinition notice;
    protected final ApplicationContent c;
    protected final Situation situation;
    protected final ApplicationFacts facts;
    protected final EligibilityDecisions decisions;
    /** The date up to which years are counted. */
    protected final LocalDate cutoff;
    /** The applicant chose direct recognition on a notice that has it: its conditions replace the review's. */
    protected final boolean directRecognition;

    RuleFamily(EligibilityCheck check) {
        this.check = check;
        this.in = check.in;
        this.notice = check.in.notice();
        this.c = check.in.content();
        this.situation = c.situation();
        this.facts = check.facts;
        this.decisions = check.decisions;
        this.cutoff = check.cutoff;
        this.directRecognition = check.directRecognition;
    }

    Level level() {
        return c.level();
    }

    Optional<EducationEntry> highestEducation() {
        return c.education().stream().filter(e -> e.level() != null)
                .max(Comparator.comparing(EducationEntry::level));
    }

    boolean holds(String when) {
        return when == null || NoticeCondition.parse(when).test(facts);
    }

    static Set<Integer> range(YearRange range) {
        Set<Integer> years = new TreeSet<>();
        if (range != null && range.from() != null && range.to() != null) {
            IntStream.rangeClosed(range.from(), range.to()).forEach(years::add);
        }
        return years;
    }

    static int years(LocalDate from, LocalDate to) {
        return from.isAfter(to) ? 0 : Period.between(from, to).getYears();
    }

    /**
     * The time served so far in the unit that tells the applicant what is missing: "4年11个月", "11个月",
     * "3年", or "不足1个月" (a whole year counted as the rules count it, the rest in whole months).
     */
    static String served(LocalDate from, LocalDate to) {
        Period period = from.isAfter(to) ? Period.ZERO : Period.between(from, to);
        int years = period.getYears();
        int months = period.getMonths();
        if (years == 0 && months == 0) {
            return "不足1个月";
        }
        return (years > 0 ? years + "年" : "") + (months > 0 ? months + "个月" : "");
    }

    void fix(String field, String rule, String message, String clause) {
        check.problems.add(EligibilityProblem.fixable(field, rule, message, clause));
    }

    void fail(String field, String rule, String message, String clause) {
        check.problems.add(EligibilityProblem.finalProblem(field, rule, message, clause));
    }

    void requireAssessments(List<Integer> years, AssessmentRating minimum, String clause) {
        for (int year : years) {
            Optional<AnnualAssessment> row = c.annualAssessments().stream()
                    .filter(a -> a.year() != null && a.year() == year).findFirst();
            if (row.isEmpty()) {
                if (check.problems.stream().noneMatch(p -> p.message().startsWith("缺少" + year + "年度考核"))) {
                    fix("annualAssessments", "年度考核", "缺少" + year + "年度考核结果", clause);
                }
            } else if (minimum != null && row.get().rating() != null
                    && row.get().rating().ordinal() > minimum.ordinal()) {
                fail("annualAssessments", "年度考核", year + "年度考核为" + row.get().rating().label() + "，须"
                        + minimum.label() + "及以上", clause);
            }
        }
    }

    String delegationClause(boolean outbound) {
        DelegationDirection direction = outbound ? DelegationDirection.OUTBOUND : DelegationDirection.INBOUND;
        return notice.specialPolicies().stream()
                .filter(DelegatedEvaluation.class::isInstance).map(DelegatedEvaluation.class::cast)
                .filter(p -> p.direction() == direction).map(DelegatedEvaluation::clause)
                .findFirst().orElse(null);
    }
}
