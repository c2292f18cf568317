package cn.xj.titlereview.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.xj.titlereview.declaration.ApplicationContent;
import cn.xj.titlereview.notice.NoticeDefinition.DirectRecognition;
import cn.xj.titlereview.notice.NoticeDefinition;

/**
 * The notice's conditions (DESIGN.md §6) applied to one application, driven by the notice file:
 * scope, excluded groups, bans, years of seniority (DMN {@code title-seniority}, the skilled-worker
 * pathway, one year earlier in named counties), the education-years rule of 初定, continuing
 * education, annual assessments, Putonghua, the senior HR-manager exam score, the work summary and
 * the materials the notice asks of this applicant. Every problem at once, each with its clause and
 * whether a revision can fix it. Completeness of the form itself (blank fields, pledge, masking) is
 * checked by the applications module; a field not filled in is skipped here, not reported twice.
 *
 * <p>Each family of conditions is one {@link EligibilityRule}: {@link ScopeRules}, {@link ExclusionRules},
 * {@link SeniorityRules}, {@link InitialDeterminationRules}, {@link ContinuingEducationRules},
 * {@link SpecialPathwayRules}, {@link MaterialRules}. A new condition of next year's notice goes into its
 * family (or a new one added to {@link #check}), driven by the notice file or a DMN table.
 */
public final class EligibilityRules {

    /** The rule of the direct-recognition conditions, which only the direct-recognition process decides. */
    public static final String DIRECT_RECOGNITION_RULE = "直接认定条件";

    /**
     * What the rules read.
     *
     * @param uploadedCategories attachment categories uploaded so far
     * @param today the day of the check (Beijing time, engine clock)
     * @param ban an active ban of this person, if any
     * @param employerUnitName the employer's name, which a blind work summary must not contain
     */
    public record Input(String applicationNo, NoticeDefinition notice, ApplicationContent content,
                        Set<String> uploadedCategories, LocalDate today, Optional<ActiveBan> ban,
                        Optional<String> employerUnitName, Delegation delegation) {

        public Input(String applicationNo, NoticeDefinition notice, ApplicationContent content,
                     Set<String> uploadedCategories, LocalDate today, Optional<ActiveBan> ban,
                     Optional<String> employerUnitName) {
            this(applicationNo, notice, content, uploadedCategories, today, ban, employerUnitName, Delegation.NONE);
        }
    }

    /**
     * Where a delegation letter sends the application: {@code outbound} to another area's committee
     * (a specialty the notice does not evaluate, so its scope does not apply), or to the notice's own.
     */
    public record Delegation(boolean outbound, String committeeName) {
        public static final Delegation NONE = new Delegation(false, null);
    }

    /** A ban on applying (禁报) found for the applicant's ID number. */
    public record ActiveBan(LocalDate endsOn, boolean blacklisted, String reason, String documentNo) {
    }

    /** The date up to which years are counted: the notice's cut-off, else the end of its declaration window. */
    public static LocalDate cutoff(NoticeDefinition notice, LocalDate today) {
        return notice.seniorityCutoff() != null && notice.seniorityCutoff().date() != null
                ? notice.seniorityCutoff().date()
                : notice.declaration().map(w -> w.end().toLocalDate()).orElse(today);
    }

    public static Optional<DirectRecognition> directRecognitionPolicy(NoticeDefinition notice) {
        return notice.specialPolicies().stream()
                .filter(DirectRecognition.class::isInstance).map(DirectRecognition.class::cast).findFirst();
    }

    public static EligibilityReport check(Input in, EligibilityDecisions decisions) {
        EligibilityCheck check = new EligibilityCheck(in, decisions);
        // the order of the families is the order in which the applicant reads the problems
        List<EligibilityRule> families = List.of(new ScopeRules(check), new ExclusionRules(check),
                new SeniorityRules(check), new InitialDeterminationRules(check), new ContinuingEducationRules(check),
                new SpecialPathwayRules(check), new MaterialRules(check));
        families.forEach(EligibilityRule::apply);
        return EligibilityReport.of(in.applicationNo(), in.notice().id(), check.problems, check.materials);
    }
}
