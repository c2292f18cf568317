package cn.xj.titlereview.eligibility;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

import cn.xj.titlereview.declaration.AnnualAssessment;
import cn.xj.titlereview.declaration.ApplicationContent;
import cn.xj.titlereview.declaration.DeclarationFacts;
import cn.xj.titlereview.declaration.AssessmentRating;
import cn.xj.titlereview.declaration.ContinuingEducationYear;
import cn.xj.titlereview.declaration.CurrentTitle;
import cn.xj.titlereview.declaration.EducationEntry;
import cn.xj.titlereview.notice.EmployerType;
import cn.xj.titlereview.notice.Labelled;
import cn.xj.titlereview.declaration.PrivateTrackGroup;
import cn.xj.titlereview.declaration.PutonghuaLevel;
import cn.xj.titlereview.declaration.Situation;
import cn.xj.titlereview.declaration.SkilledQualification;
import cn.xj.titlereview.campaign.PathRules;
import cn.xj.titlereview.eligibility.EligibilityDecisions.Seniority;
import cn.xj.titlereview.eligibility.EligibilityReport.MaterialStatus;
import cn.xj.titlereview.notice.ApplicationFacts;
import cn.xj.titlereview.notice.Education;
import cn.xj.titlereview.notice.Level;
import cn.xj.titlereview.notice.NoticeCondition;
import cn.xj.titlereview.notice.NoticeDefinition;
import cn.xj.titlereview.notice.NoticeDefinition.AidXinjiang;
import cn.xj.titlereview.notice.NoticeDefinition.Assessment;
import cn.xj.titlereview.notice.NoticeDefinition.AssessmentYears;
import cn.xj.titlereview.notice.NoticeDefinition.ContinuingEducation;
import cn.xj.titlereview.notice.NoticeDefinition.DelegatedEvaluation;
import cn.xj.titlereview.notice.NoticeDefinition.DelegationDirection;
import cn.xj.titlereview.notice.NoticeDefinition.DirectRecognition;
import cn.xj.titlereview.notice.NoticeDefinition.EarlyApplication;
import cn.xj.titlereview.notice.NoticeDefinition.EducationYears;
import cn.xj.titlereview.notice.NoticeDefinition.ExcludedGroup;
import cn.xj.titlereview.notice.NoticeDefinition.Exclusion;
import cn.xj.titlereview.notice.NoticeDefinition.InitialDetermination;
import cn.xj.titlereview.notice.NoticeDefinition.Material;
import cn.xj.titlereview.notice.NoticeDefinition.MaterialsSinceCurrentTitle;
import cn.xj.titlereview.notice.NoticeDefinition.PrivateEnterpriseTrack;
import cn.xj.titlereview.notice.NoticeDefinition.Provider;
import cn.xj.titlereview.notice.NoticeDefinition.ScopeEntry;
import cn.xj.titlereview.notice.NoticeDefinition.ScopeLevel;
import cn.xj.titlereview.notice.NoticeDefinition.SkilledRoute;
import cn.xj.titlereview.notice.NoticeDefinition.SkilledWorkerPathway;
import cn.xj.titlereview.notice.NoticeDefinition.YearRange;

/**
 * The notice's conditions (DESIGN.md §6) applied to one application, driven by the notice file:
 * scope, excluded groups, bans, years of seniority (DMN {@code title-seniority}, the skilled-worker
 * pathway, one year earlier in named counties), the education-years rule of 初定, continuing
 * education, annual assessments, Putonghua, the senior HR-manager exam score, the work summary and
 * the materials the notice asks of this applicant. Every problem at once, each with its clause and
 * whether a revision can fix it. Completeness of the form itself (blank fields, pledge, masking) is
 * checked by the applications module; a field not filled in is skipped here, not reported twice.
 */
public final class EligibilityRules {

    private static final String HR_EXAM_MATERIAL = "hr-exam-score";

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

    private final Input in;
    private final NoticeDefinition notice;
    private final ApplicationContent c;
    private final Situation situation;
    private final ApplicationFacts facts;
    private final EligibilityDecisions decisions;
    private final LocalDate cutoff;
    /** The applicant chose direct recognition on a notice that has it: its conditions replace the review's. */
    private final boolean directRecognition;
    private final List<EligibilityProblem> problems = new ArrayList<>();

    private EligibilityRules(Input in, EligibilityDecisions decisions) {
        this.in = in;
        this.notice = in.notice();
        this.c = in.content();
        this.situation = c.situation();
        this.facts = DeclarationFacts.of(c);
        this.decisions = decisions;
        this.cutoff = cutoff(notice, in.today());
        this.directRecognition = c.situation().asksDirectRecognition() && directRecognitionPolicy(notice).isPresent();
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
        EligibilityRules rules = new EligibilityRules(in, decisions);
        List<MaterialStatus> materials = rules.run();
        return EligibilityReport.of(in.applicationNo(), in.notice().id(), rules.problems, materials);
    }

    private List<MaterialStatus> run() {
        boolean inScope = in.delegation().outbound() ? outboundScope() : scope();
        exclusions();
        ban();
        if (directRecognition) {
            // 直接认定 replaces the review's years, continuing education and assessment rules
            if (inScope && c.level() != null) {
                directRecognitionConditions();
            }
        } else {
            if (inScope && c.level() != null) {
                if (notice.titleReview()) {
                    seniority();
                } else if (notice.initialDetermination() != null) {
                    initialDetermination(notice.initialDetermination());
                }
            }
            if (c.series() != null && c.level() != null) {
                examBasedSpecialty();   // out of scope too: 以考代评 is the reason the applicant needs to read
            }
            continuingEducation();
            assessments();
        }
        delegation();
        putonghua();
        socialInsurance();
        aidXinjiang();
        privateTrack();
        sinceCurrentTitle();
        workSummary();
        List<MaterialStatus> materials = materials();
        hrExam();
        return materials;
    }

    // ------------------------------------------------------------------ scope

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

    private void delegation() {
        if (!situation.delegated() || directRecognition) {
            return;
        }
        if (situation.delegatedToCommittee() == null) {
            fix("situation.delegatedToCommittee", "必填", PathRules.COMMITTEE_MISSING + "（委托评审函所指定的评审委员会）",
                    delegationClause(in.delegation().outbound()));
        }
    }

    private String delegationClause(boolean outbound) {
        DelegationDirection direction = outbound ? DelegationDirection.OUTBOUND : DelegationDirection.INBOUND;
        return notice.specialPolicies().stream()
                .filter(DelegatedEvaluation.class::isInstance).map(DelegatedEvaluation.class::cast)
                .filter(p -> p.direction() == direction).map(DelegatedEvaluation::clause)
                .findFirst().orElse(null);
    }

    // ------------------------------------------------------------------ direct recognition (直接认定)

    /** The rule of the direct-recognition conditions, which only the direct-recognition process decides. */
    public static final String DIRECT_RECOGNITION_RULE = "直接认定条件";

    /**
     * The conditions of direct recognition, decided by the same table as the direct-recognition
     * process ({@code direct-recognition-eligibility}): three consecutive years of village work since
     * the current title, three consecutive years rated 优秀, a title below 正高级, not a specialty filled
     * by exam; and the level applied for is the next one. Facts the form lacks are fixable; unmet
     * conditions are final.
     */
    private void directRecognitionConditions() {
        String clause = directRecognitionPolicy(notice).map(DirectRecognition::clause).orElse(null);
        CurrentTitle title = c.currentTitle();
        if (title == null || title.none() || title.level() == null) {
            return;   // refused when saved ("无") or reported by the completeness check
        }
        Level current = title.level();
        if (current != Level.SENIOR_FULL) {
            PathRules.nextLevelRefused(current, level())
                    .ifPresent(message -> fix("level", PathRules.RULE, message, clause));
        }
        if (situation.villageWork() == null) {
            fix("situation.villageWork", "必答", "直接认定请回答是否参加“访惠聚”驻村等基层服务工作", clause);
            return;
        }
        Optional<VillageWorkRecord> record = VillageWorkRecord.of(c, notice.year(), cutoff);
        if (record.isEmpty()) {
            fix("situation.villageWorkFrom", "必填", "直接认定请填写“访惠聚”驻村等基层服务工作的起始日期"
                    + "（结束日期：仍在驻村的不填）", clause);
            return;
        }
        VillageWorkRecord village = record.get();
        boolean ratingsMissing = !village.missingAssessmentYears().isEmpty();
        if (ratingsMissing) {
            fix("annualAssessments", "年度考核", "直接认定须填写驻村期间各年度的考核结果：缺少"
                    + VillageWorkRecord.yearList(village.missingAssessmentYears()) + "度", clause);
        }
        boolean examFilled = decisions.examBased(c.series(), c.specialty(), level()).isPresent();
        for (var verdict : decisions.directRecognition(current, village.years(), village.excellentYears(), examFilled)) {
            if (verdict.met() || ratingsMissing && "EXCELLENT_YEARS".equals(verdict.condition())) {
                continue;
            }
            switch (String.valueOf(verdict.condition())) {
                case "VILLAGE_WORK_YEARS" -> fail("situation.villageWorkFrom", DIRECT_RECOGNITION_RULE, verdict.reason()
                        + "（自" + village.countedFrom() + "至" + village.countedTo() + "）", clause);
                case "EXCELLENT_YEARS" -> fail("annualAssessments", DIRECT_RECOGNITION_RULE, verdict.reason()
                        + "（驻村期间" + VillageWorkRecord.yearList(village.assessmentYears()) + "度的考核结果）", clause);
                case "CURRENT_LEVEL" -> fail("currentTitle.level", DIRECT_RECOGNITION_RULE, verdict.reason(), clause);
                case "EXAM_FILLED_SPECIALTY" -> fail("specialty", DIRECT_RECOGNITION_RULE, c.series() + c.specialty()
                        + "：" + verdict.reason(), clause);
                default -> fail("situation.directRecognition", DIRECT_RECOGNITION_RULE, verdict.reason(), clause);
            }
        }
    }

    // ------------------------------------------------------------------ who may not apply

    private void exclusions() {
        for (Exclusion exclusion : notice.exclusions()) {
            String clause = exclusion.clause();
            String why = exclusion.description() != null ? exclusion.description()
                    : exclusion.group().label() + "不得申报";
            switch (exclusion.group()) {
                case RETIRED -> yesNo("situation.retired", situation.retired(), "是否为离退休人员", why, clause);
                case CIVIL_SERVANT -> yesNo("situation.civilServant", situation.civilServant(), "是否为公务员",
                        why, clause);
                case REFERENCE_CIVIL_SERVANT -> yesNo("situation.referenceCivilServant",
                        situation.referenceCivilServant(), "是否为参照公务员法管理的事业单位工作人员", why, clause);
                case DISCIPLINE_PERIOD -> period("situation.underDiscipline", "situation.disciplineEndsOn",
                        situation.underDiscipline(), situation.disciplineEndsOn(), "处分", why, clause);
                case CRIMINAL_PENALTY_PERIOD -> period("situation.underCriminalPenalty",
                        "situation.criminalPenaltyEndsOn", situation.underCriminalPenalty(),
                        situation.criminalPenaltyEndsOn(), "刑事处罚", why, clause);
                case BLACKLISTED, EXAM_BASED_SPECIALTY -> {
                    // bans are looked up for every notice (ban()), exam-based specialties by the DMN table
                }
            }
        }
    }

    private void yesNo(String field, Boolean answer, String question, String why, String clause) {
        if (answer == null) {
            fix(field, "必答", "请回答" + question, clause);
        } else if (answer) {
            fail(field, "不得申报", why, clause);
        }
    }

    private void period(String field, String endsOnField, Boolean under, LocalDate endsOn, String what, String why,
                        String clause) {
        if (under == null) {
            fix(field, "必答", "请回答是否在" + what + "影响期内", clause);
        } else if (under) {
            if (endsOn == null) {
                fix(endsOnField, "必填", "请填写" + what + "期截止日期", clause);
            } else if (!endsOn.isBefore(in.today())) {
                fail(field, "不得申报", why + "（" + what + "期至" + endsOn + "）", clause);
            }
        }
    }

    private void ban() {
        in.ban().ifPresent(ban -> {
            String clause = notice.fraudBan() != null && notice.fraudBan().clause() != null
                    ? notice.fraudBan().clause() : "《职称评审管理暂行规定》（人社部令第40号）第四十条";
            fail("idNumber", "禁报期", "因" + ban.reason() + "（" + ban.documentNo() + "）" + ban.endsOn()
                    + "前不得申报" + (ban.blacklisted() ? "，并已记入职称评审失信黑名单" : ""), clause);
        });
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

    // ------------------------------------------------------------------ years

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
                    fail("currentTitle.obtainedOn", "任职年限", "取得现职称至" + cutoff + "满" + years + "年，申报"
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
                        + cutoff + "满" + years + "年，须满" + r.years() + "年", clause);
            }
        }
        Integer qualifiedYears = pathway.qualifiedAssessmentYears();
        if (qualifiedYears != null) {
            int last = notice.year() - 1;
            requireAssessments(IntStream.rangeClosed(last - qualifiedYears + 1, last).boxed().toList(),
                    AssessmentRating.QUALIFIED, clause);
        }
    }

    private void initialDetermination(InitialDetermination rule) {
        String clause = rule.clause();
        unitInTheNoticesArea(clause);
        Optional<EducationEntry> highest = highestEducation();
        if (highest.isEmpty()) {
            return;
        }
        EducationEntry entry = highest.get();
        if (Boolean.TRUE.equals(rule.fullTimeGraduateOnly())) {
            // the qualifying degree is the highest full-time one: a full-time 大专 graduate with a later
            // part-time 本科 is determined as a 大专 graduate (2 years), not refused
            Optional<EducationEntry> fullTime = c.education().stream()
                    .filter(e -> e.level() != null && Boolean.TRUE.equals(e.fullTime()))
                    .max(Comparator.comparing(EducationEntry::level));
            if (fullTime.isEmpty()) {
                if (Boolean.FALSE.equals(entry.fullTime())) {
                    fail("education", "初定条件", "初定须为全日制普通院校毕业生（所填学历均为非全日制）", clause);
                }
                return;
            }
            entry = fullTime.get();
        }
        Optional<Map.Entry<Education, Integer>> years = yearsForEducation(rule.workYearsByEducation(),
                entry.level().noticeEducation());
        if (years.isEmpty()) {
            fail("education", "初定条件", "初定的学历须为" + String.join("、", rule.workYearsByEducation().keySet()
                    .stream().sorted().map(Education::label).toList()) + "及以上", clause);
            return;
        }
        LocalDate from = c.professionStartDate();
        if (from != null && entry.graduationDate() != null && entry.graduationDate().isAfter(from)) {
            from = entry.graduationDate();   // counted from graduation: 毕业后从事专业技术工作
        }
        if (from != null) {
            int have = years(from, cutoff);
            int need = years.get().getValue();
            if (have < need) {
                fail("professionStartDate", "初定条件", years.get().getKey().label() + "毕业须从事专业技术工作满"
                        + need + "年，至" + cutoff + "满" + have + "年", clause);
            }
        }
    }

    /** 初定 is for staff of the issuing area's units (Hejing: 在本县企（事）业单位); unit codes begin with their region's. */
    private void unitInTheNoticesArea(String clause) {
        var area = notice.area();
        String region = facts.regionCode();
        if (area == null || area.code() == null || area.level() == null || region == null) {
            return;
        }
        int digits = switch (area.level()) {
            case REGION -> 2;
            case PREFECTURE -> 4;
            default -> 6;
        };
        if (area.code().length() >= digits && !region.startsWith(area.code().substring(0, digits))) {
            fail("employerUnitCode", "初定条件", "初定只受理" + area.name() + "企（事）业单位专业技术人员的申报（用人单位所在地区代码"
                    + region + "）", clause);
        }
    }

    /** The years of the highest education the notice names at or below the applicant's. */
    private static Optional<Map.Entry<Education, Integer>> yearsForEducation(Map<Education, Integer> byEducation,
                                                                            Education education) {
        if (education == null) {
            return Optional.empty();
        }
        return byEducation.entrySet().stream()
                .filter(e -> e.getKey().ordinal() <= education.ordinal())
                .max(Map.Entry.comparingByKey());
    }

    private void professionYears(int needed, String clause, String earlyNote) {
        if (needed <= 0 || c.professionStartDate() == null) {
            return;
        }
        int years = years(c.professionStartDate(), cutoff);
        if (years < needed) {
            fail("professionStartDate", "工作年限", "从事专业技术工作至" + cutoff + "满" + years + "年，申报"
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

    // ------------------------------------------------------------------ continuing education, assessments

    private void continuingEducation() {
        ContinuingEducation rule = notice.continuingEducation();
        if (rule == null || rule.exemptions().stream().anyMatch(e -> holds(e.when()))) {
            return;
        }
        Optional<EducationYears> years = rule.years().stream().filter(y -> holds(y.when())).findFirst();
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

    private void requireAssessments(List<Integer> years, AssessmentRating minimum, String clause) {
        for (int year : years) {
            Optional<AnnualAssessment> row = c.annualAssessments().stream()
                    .filter(a -> a.year() != null && a.year() == year).findFirst();
            if (row.isEmpty()) {
                if (problems.stream().noneMatch(p -> p.message().startsWith("缺少" + year + "年度考核"))) {
                    fix("annualAssessments", "年度考核", "缺少" + year + "年度考核结果", clause);
                }
            } else if (minimum != null && row.get().rating() != null
                    && row.get().rating().ordinal() > minimum.ordinal()) {
                fail("annualAssessments", "年度考核", year + "年度考核为" + row.get().rating().label() + "，须"
                        + minimum.label() + "及以上", clause);
            }
        }
    }

    private void putonghua() {
        var rule = notice.putonghua();
        if (rule == null || rule.minGrade() == null || !holds(rule.when()) || c.putonghuaLevel() == null) {
            return;
        }
        PutonghuaLevel minimum = Labelled.parse(PutonghuaLevel.class, rule.minGrade()).orElse(null);
        if (minimum != null && !c.putonghuaLevel().atLeast(minimum)) {
            fail("putonghuaLevel", "普通话", "普通话水平须达到" + minimum.label() + "及以上（现为"
                    + c.putonghuaLevel().label() + "）", rule.clause());
        }
    }

    private void socialInsurance() {
        var rule = notice.socialInsurance();
        if (rule == null || rule.minMonths() == null || !holds(rule.when()) || c.socialInsuranceMonths() == null) {
            return;
        }
        if (c.socialInsuranceMonths() < rule.minMonths()) {
            fail("socialInsuranceMonths", "社会保险", "企业专业技术人员须缴纳社会保险满" + rule.minMonths() + "个月（现"
                    + c.socialInsuranceMonths() + "个月）", rule.clause());
        }
    }

    /** Aid-Xinjiang staff: a posting of at least the notice's years, still running, begun before its date. */
    private void aidXinjiang() {
        if (!Boolean.TRUE.equals(situation.aidXinjiang())) {
            return;
        }
        Optional<AidXinjiang> policy = notice.specialPolicies().stream()
                .filter(AidXinjiang.class::isInstance).map(AidXinjiang.class::cast).findFirst();
        if (policy.isEmpty()) {
            return;
        }
        String clause = policy.get().clause();
        LocalDate from = situation.aidPostingFrom();
        LocalDate to = situation.aidPostingTo();
        if (from == null || to == null) {
            fix("situation.aidPostingFrom", "必填", "援疆专业技术人员须填写援疆报到日期和援派期满日期", clause);
            return;
        }
        Integer minYears = policy.get().minPostingYears();
        if (minYears != null && from.plusYears(minYears).isAfter(to)) {
            fail("situation.aidPostingTo", "援派期", "援派期须满" + minYears + "年（" + from + "至" + to + "）", clause);
        }
        if (in.today().isBefore(from) || in.today().isAfter(to)) {
            fail("situation.aidPostingTo", "援疆期间", "须正在援疆期间申报（援派期" + from + "至" + to + "）", clause);
        }
        LocalDate arrivedBefore = policy.get().arrivedBefore();
        if (arrivedBefore != null && !from.isBefore(arrivedBefore)) {
            fail("situation.aidPostingFrom", "报到日期", "援疆专业技术人员须在" + arrivedBefore + "前报到（报到日期"
                    + from + "）", clause);
        }
    }

    /**
     * Private-enterprise staff and freelancers, where the notice has a private-enterprise track:
     * one of its groups, and a posting from outside Xinjiang of at least its years.
     */
    private void privateTrack() {
        if (c.employerType() != EmployerType.PRIVATE && c.employerType() != EmployerType.FREELANCE) {
            return;
        }
        Optional<PrivateEnterpriseTrack> track = notice.specialPolicies().stream()
                .filter(PrivateEnterpriseTrack.class::isInstance).map(PrivateEnterpriseTrack.class::cast).findFirst();
        if (track.isEmpty()) {
            return;
        }
        String clause = track.get().clause();
        PrivateTrackGroup group = situation.privateTrackGroup();
        if (group == null) {
            fix("situation.privateTrackGroup", "必答", "民营企业、自由职业专业技术人员请选择所属人员类别（"
                    + String.join("；", track.get().eligibleGroups()) + "）", clause);
        } else if (group == PrivateTrackGroup.NONE) {
            fail("situation.privateTrackGroup", "申报范围", "民营企业专项评审只受理："
                    + String.join("；", track.get().eligibleGroups()), clause);
        } else if (group == PrivateTrackGroup.POSTED_FROM_OUTSIDE) {
            LocalDate since = situation.postedInAreaSince();
            Integer minYears = track.get().minPostingYears();
            if (since == null) {
                fix("situation.postedInAreaSince", "必填", "疆外民营企业派驻人员请填写派驻本地区的起始日期", clause);
            } else if (minYears != null && since.plusYears(minYears).isAfter(in.today())) {
                fail("situation.postedInAreaSince", "派驻年限", "疆外民营企业派驻本地区须连续工作满" + minYears
                        + "年（自" + since + "起）", clause);
            }
        }
    }

    /** Items dated before the current title was obtained, where the notice counts only work since then. */
    private void sinceCurrentTitle() {
        LocalDate obtained = c.currentTitle() == null || c.currentTitle().none() ? null : c.currentTitle().obtainedOn();
        if (obtained == null) {
            return;
        }
        notice.specialPolicies().stream()
                .filter(MaterialsSinceCurrentTitle.class::isInstance).map(MaterialsSinceCurrentTitle.class::cast)
                .forEach(policy -> {
                    for (String section : policy.sections()) {
                        List<Dated> items = switch (section) {
                            case "achievements" -> c.achievements().stream()
                                    .map(a -> new Dated("业绩成果", a.title(), a.to() != null ? a.to() : a.from())).toList();
                            case "awards" -> c.awards().stream().map(a -> new Dated("获奖", a.name(), a.date())).toList();
                            case "intellectualProperty" -> c.intellectualProperty().stream()
                                    .map(p -> new Dated("知识产权", p.name(), p.date())).toList();
                            case "books" -> c.books().stream().map(b -> new Dated("著作", b.title(), b.date())).toList();
                            case "papers" -> c.papers().stream().map(p -> new Dated("论文", p.title(), p.date())).toList();
                            default -> List.of();
                        };
                        for (int i = 0; i < items.size(); i++) {
                            Dated item = items.get(i);
                            if (item.date() != null && item.date().isBefore(obtained)) {
                                fix(section + "[" + i + "]", "任现职以来", item.kind() + "“" + item.title() + "”（"
                                        + item.date() + "）早于取得现职称（" + obtained + "），只能申报任现职以来的材料",
                                        policy.clause());
                            }
                        }
                    }
                });
    }

    private record Dated(String kind, String title, LocalDate date) {
    }

    // ------------------------------------------------------------------ work summary, materials, exam

    private void workSummary() {
        var rule = notice.workSummary();
        String text = c.workSummary();
        if (rule == null || text == null || "无".equals(text)) {
            return;
        }
        int length = text.codePointCount(0, text.length());
        if (rule.minChars() != null && length < rule.minChars()) {
            fix("workSummary", "字数", "工作总结不少于" + rule.minChars() + "字（现" + length + "字）", rule.clause());
        }
        if (rule.maxChars() != null && length > rule.maxChars()) {
            fix("workSummary", "字数", "工作总结不超过" + rule.maxChars() + "字（现" + length + "字）", rule.clause());
        }
        if (Boolean.TRUE.equals(rule.ownNameAndUnitForbidden())) {
            in.employerUnitName().filter(unit -> unit.length() >= 2 && text.contains(unit)).ifPresent(unit ->
                    fix("workSummary", "盲评", "工作总结中不得出现本人工作单位名称（“" + unit + "”）", rule.clause()));
        }
    }

    private List<MaterialStatus> materials() {
        List<MaterialStatus> list = new ArrayList<>();
        for (Material m : requiredMaterials()) {
            boolean uploaded = in.uploadedCategories().contains(m.id());
            list.add(new MaterialStatus(m.id(), m.name(), m.clause(), uploaded));
            if (!uploaded) {
                fix("attachments." + m.id(), "必传材料", "缺少材料：" + m.name(), m.clause());
            }
        }
        return list;
    }

    /** The uploads the notice asks of this applicant (units and competent units add theirs in their stages). */
    public List<Material> requiredMaterials() {
        return notice.materials().stream()
                .filter(m -> m.providedBy() == Provider.APPLICANT)
                .filter(m -> !NoticeCondition.parse(m.when()).optional())
                .filter(m -> holds(m.when()))
                .toList();
    }

    private void hrExam() {
        Optional<Material> material = requiredMaterials().stream().filter(m -> HR_EXAM_MATERIAL.equals(m.id())).findFirst();
        if (material.isEmpty()) {
            return;
        }
        String clause = material.get().clause();
        if (situation.hrExamScore() == null || situation.hrExamYear() == null) {
            fix("situation.hrExamScore", "必填", "请填写高级经济专业技术资格考试（人力资源管理）成绩和考试年度", clause);
            return;
        }
        var verdict = decisions.hrExam(situation.hrExamScore(), notice.year() - situation.hrExamYear());
        if (!verdict.passed()) {
            fail("situation.hrExamScore", "考试成绩", verdict.reason(), clause);
        }
    }

    // ------------------------------------------------------------------ helpers

    private Level level() {
        return c.level();
    }

    private Optional<EducationEntry> highestEducation() {
        return c.education().stream().filter(e -> e.level() != null)
                .max(Comparator.comparing(EducationEntry::level));
    }

    private boolean holds(String when) {
        return when == null || NoticeCondition.parse(when).test(facts);
    }

    private static Set<Integer> range(YearRange range) {
        Set<Integer> years = new TreeSet<>();
        if (range != null && range.from() != null && range.to() != null) {
            IntStream.rangeClosed(range.from(), range.to()).forEach(years::add);
        }
        return years;
    }

    private static int years(LocalDate from, LocalDate to) {
        return from.isAfter(to) ? 0 : Period.between(from, to).getYears();
    }

    private static String basisSource(Seniority rule) {
        String basis = rule.basis();
        int colon = basis == null ? -1 : basis.indexOf('：');
        return colon < 0 ? basis : basis.substring(0, colon);
    }

    private void fix(String field, String rule, String message, String clause) {
        problems.add(EligibilityProblem.fixable(field, rule, message, clause));
    }

    private void fail(String field, String rule, String message, String clause) {
        problems.add(EligibilityProblem.finalProblem(field, rule, message, clause));
    }
}
