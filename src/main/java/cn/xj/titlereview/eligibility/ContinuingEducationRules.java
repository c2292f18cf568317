package cn.xj.titlereview.eligibility;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import cn.xj.titlereview.declaration.AssessmentRating;
import cn.xj.titlereview.declaration.ContinuingEducationYear;
import cn.xj.titlereview.notice.Labelled;
import cn.xj.titlereview.notice.NoticeDefinition.Assessment;
import cn.xj.titlereview.notice.NoticeDefinition.AssessmentYears;
import cn.xj.titlereview.notice.NoticeDefinition.ContinuingEducation;
import cn.xj.titlereview.notice.NoticeDefinition.EducationYears;
import cn.xj.titlereview.notice.NoticeDefinition.Exemption;

/**
 * Continuing education per year (hours, exemptions for village work and first-time private-enterprise staff) and
 * the annual assessments of the notice's years, notice file {@code continuingEducation} and {@code assessment}.
 */
final class ContinuingEducationRules extends RuleFamily {

    ContinuingEducationRules(EligibilityCheck check) {
        super(check);
    }

    @Override
    public void apply() {
        if (!directRecognition) {
            continuingEducation();
            assessments();
        }
    }

    private void continuingEducation() {
        ContinuingEducation rule = notice.continuingEducation();
        if (rule == null || exemption(rule, this::holds).isPresent()) {
            return;
        }
        Optional<EducationYears> years = yearsAsked(rule, this::holds);
        if (years.isEmpty()) {
            return;
        }
        Set<Integer> publicYears = range(years.get().publicYears());
        Set<Integer> professionalYears = range(years.get().professional());
        Set<Integer> all = new TreeSet<>(publicYears);
        all.addAll(professionalYears);
        String clause = rule.clause();
        for (int year : all) {
            Optional<ContinuingEducationYear> row = c.continuingEducation().stream()
                    .filter(r -> r.year() != null && r.year() == year).findFirst();
            if (row.isEmpty()) {
                fix("continuingEducation", "继续教育", "缺少" + year + "年度继续教育学时（须填写"
                        + describe(publicYears.contains(year), professionalYears.contains(year)) + "）", clause);
                continue;
            }
            hours(year, row.get(), publicYears.contains(year), professionalYears.contains(year), rule, clause);
        }
    }

    /** The exemption of the notice that holds for this applicant (village work, first-time private staff), if any. */
    static Optional<Exemption> exemption(ContinuingEducation rule, Predicate<String> holds) {
        return rule.exemptions().stream().filter(e -> holds.test(e.when())).findFirst();
    }

    /**
     * The years the notice asks of this applicant (by education, where it depends on it); none where no entry
     * holds. The form demands continuing education exactly where these are asked and no exemption holds
     * ({@link FormDemandRules}).
     */
    static Optional<EducationYears> yearsAsked(ContinuingEducation rule, Predicate<String> holds) {
        return rule.years().stream().filter(y -> holds.test(y.when())).findFirst();
    }

    private void hours(int year, ContinuingEducationYear row, boolean publicYear, boolean professionalYear,
                       ContinuingEducation rule, String clause) {
        int publicHours = row.publicHours() == null ? 0 : row.publicHours();
        int professionalHours = row.professionalHours() == null ? 0 : row.professionalHours();
        if (row.publicHours() == null || row.professionalHours() == null) {
            return;   // not filled in: reported by the completeness check
        }
        var hours = rule.hoursPerYear();
        int publicMin = hours != null && hours.publicMin() != null ? hours.publicMin() : 1;
        int professionalMin = hours != null && hours.professionalMin() != null ? hours.professionalMin() : 1;
        if (publicYear && publicHours < publicMin) {
            fail("continuingEducation", "继续教育", year + "年度公需科目" + publicHours + "学时，须至少" + publicMin + "学时",
                    clause);
        }
        if (professionalYear && professionalHours < professionalMin) {
            fail("continuingEducation", "继续教育", year + "年度专业科目" + professionalHours + "学时，须至少"
                    + professionalMin + "学时", clause);
        }
        if (publicYear && professionalYear && hours != null && hours.total() != null
                && publicHours + professionalHours < hours.total()) {
            fail("continuingEducation", "继续教育", year + "年度共" + (publicHours + professionalHours) + "学时，须至少"
                    + hours.total() + "学时", clause);
        }
    }

    private static String describe(boolean publicYear, boolean professionalYear) {
        if (publicYear && professionalYear) {
            return "公需科目和专业科目";
        }
        return publicYear ? "公需科目" : "专业科目";
    }

    private void assessments() {
        Assessment rule = notice.assessment();
        if (rule == null) {
            return;
        }
        Optional<AssessmentYears> years = rule.years().stream().filter(y -> holds(y.when())).findFirst();
        if (years.isEmpty()) {
            return;
        }
        List<Integer> required;
        if (years.get().range() != null) {
            required = List.copyOf(range(years.get().range()));
        } else if (years.get().count() != null) {
            int last = notice.year() - 1;   // the notice's own year is not assessed yet
            required = IntStream.rangeClosed(last - years.get().count() + 1, last).boxed().toList();
        } else {
            return;
        }
        String min = rule.minRating() != null ? rule.minRating()
                : notice.initialDetermination() != null ? notice.initialDetermination().minAssessmentRating() : null;
        AssessmentRating minimum = min == null ? null : Labelled.parse(AssessmentRating.class, min).orElse(null);
        requireAssessments(required, minimum, rule.clause());
    }

}
