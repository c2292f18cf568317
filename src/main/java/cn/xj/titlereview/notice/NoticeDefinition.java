package cn.xj.titlereview.notice;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One notice as written in {@code config/notices/<id>.yml}: everything that changes from one
 * campaign to the next. Field meanings and the {@code when} vocabulary are described in
 * {@code config/notices/README.md}. Values the original does not state are absent (null), or
 * carry {@code assumed: true} and a reason where the product needs them anyway.
 *
 * <p>Times are local date-times in {@link #zone()} (always Asia/Shanghai, Beijing time).
 */
public record NoticeDefinition(
        String id,
        Integer year,
        String title,
        String documentNo,
        LocalDate issuedOn,
        String source,
        Issuer issuer,
        Area area,
        NoticeFlow flow,
        ZoneId zone,
        List<Committee> committees,
        Scope scope,
        InitialDetermination initialDetermination,
        Windows windows,
        Submission submission,
        Fees fees,
        Defense defense,
        ContinuingEducation continuingEducation,
        Assessment assessment,
        Putonghua putonghua,
        SocialInsurance socialInsurance,
        WorkSummary workSummary,
        AcademicRequirements academicRequirements,
        FormRules form,
        List<Material> materials,
        PaperMaterials paperMaterials,
        Publicity publicity,
        Vote vote,
        FraudBan fraudBan,
        SeniorityCutoff seniorityCutoff,
        List<Exclusion> exclusions,
        Texts texts,
        List<SpecialPolicy> specialPolicies,
        List<Slip> slips) {

    public NoticeDefinition {
        committees = listOrEmpty(committees);
        materials = listOrEmpty(materials);
        exclusions = listOrEmpty(exclusions);
        specialPolicies = listOrEmpty(specialPolicies);
        slips = listOrEmpty(slips);
    }

    /** Every level the notice admits, in order of first appearance. */
    public List<Level> levels() {
        if (scope == null) {
            return List.of();
        }
        return scope.entries().stream()
                .flatMap(e -> e.levels().stream())
                .map(ScopeLevel::code)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    public Optional<Window> declaration() {
        return Optional.ofNullable(windows).map(Windows::declaration);
    }

    public boolean titleReview() {
        return flow == NoticeFlow.TITLE_REVIEW;
    }

    static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    // ---------------------------------------------------------------- who and where

    public record Issuer(String name, String clause, Boolean assumed, String reason) implements Assumable {
    }

    public record Area(String code, String name, UnitLevel level) {
    }

    public record Committee(String name, List<String> specialties, String location, String phone,
                            String clause, String note) {
        public Committee {
            specialties = listOrEmpty(specialties);
        }
    }

    // ---------------------------------------------------------------- scope

    public record Scope(String clause, String note, List<ScopeEntry> entries) {
        public Scope {
            entries = listOrEmpty(entries);
        }
    }

    /**
     * One group of series/specialties with its levels. Empty {@code specialties} means every
     * specialty of the series except {@code excludedSpecialties}.
     */
    public record ScopeEntry(String id, String series, List<String> specialties, List<String> excludedSpecialties,
                             List<String> subSpecialties, List<ScopeLevel> levels, String clause, String note) {
        public ScopeEntry {
            specialties = listOrEmpty(specialties);
            excludedSpecialties = listOrEmpty(excludedSpecialties);
            subSpecialties = listOrEmpty(subSpecialties);
            levels = listOrEmpty(levels);
        }
    }

    /** A level of a scope entry; {@code title} is the Chinese title name where the original gives it. */
    public record ScopeLevel(Level code, String title, String when, String clause, String note) {
    }

    /** 初定: years of professional work by education and the other conditions of the notice. */
    public record InitialDetermination(Map<Education, Integer> workYearsByEducation, Boolean fullTimeGraduateOnly,
                                       String minAssessmentRating, Boolean excludesExamBasedSpecialties,
                                       String route, String clause, String note) {
        public InitialDetermination {
            workYearsByEducation = workYearsByEducation == null ? Map.of() : Map.copyOf(workYearsByEducation);
        }
    }

    // ---------------------------------------------------------------- windows

    /** The notice's windows; those the original does not give are absent. */
    public record Windows(Window declaration, Window audit, Window committeeAudit, Window payment,
                          Window paperMaterials, Window committeeFiling, Window committeeMeeting,
                          Window resultPublicity) {

        /** Chinese name of each window, by field name. */
        public static final Map<String, String> LABELS = Map.of(
                "declaration", "申报",
                "audit", "审核",
                "committeeAudit", "评审委员会审核",
                "payment", "缴费",
                "paperMaterials", "纸质材料报送",
                "committeeFiling", "评审委员会备案",
                "committeeMeeting", "评审会议",
                "resultPublicity", "评审结果公示");

        /** Present windows by field name, in declaration order. */
        public Map<String, Window> byName() {
            Map<String, Window> map = new LinkedHashMap<>();
            putIfPresent(map, "declaration", declaration);
            putIfPresent(map, "audit", audit);
            putIfPresent(map, "committeeAudit", committeeAudit);
            putIfPresent(map, "payment", payment);
            putIfPresent(map, "paperMaterials", paperMaterials);
            putIfPresent(map, "committeeFiling", committeeFiling);
            putIfPresent(map, "committeeMeeting", committeeMeeting);
            putIfPresent(map, "resultPublicity", resultPublicity);
            return map;
        }

        private static void putIfPresent(Map<String, Window> map, String name, Window window) {
            if (window != null) {
                map.put(name, window);
            }
        }
    }

    /**
     * A window in local Beijing time; {@code end} is inclusive (the last instant still inside).
     * A window may give only its end (a deadline) or neither (announced later).
     */
    public record Window(LocalDateTime start, LocalDateTime end, String original, String clause,
                         Boolean assumed, String reason, String note) implements Assumable {

        public boolean contains(LocalDateTime time) {
            return (start == null || !time.isBefore(start)) && (end == null || !time.isAfter(end));
        }
    }

    // ---------------------------------------------------------------- returns and fees

    /**
     * Submissions to the deciding body: at most {@code limit} including the first; after the
     * n-th return the applicant has {@code fixWindows[n-1]} (the last entry repeats).
     */
    public record Submission(Integer limit, List<Duration> fixWindows, DeclarationEndRequirement declarationEndRequires,
                             ReturnOutcome lateFixOutcome, ReturnOutcome afterLimitOutcome, String clause,
                             String original, Boolean assumed, String reason, String note) implements Assumable {
        public Submission {
            fixWindows = listOrEmpty(fixWindows);
        }

        /** Fix window after the given return (1-based); the last entry repeats. */
        public Duration fixWindowAfterReturn(int returnNumber) {
            if (fixWindows.isEmpty()) {
                throw new IllegalStateException("no fix windows");
            }
            return fixWindows.get(Math.min(Math.max(returnNumber, 1), fixWindows.size()) - 1);
        }
    }

    /** What must have happened by the end of the declaration window. */
    public enum DeclarationEndRequirement {
        /** The applicant has submitted. */
        APPLICANT_SUBMITTED,
        /** The applicant has submitted and the employer unit has recommended (Hami). */
        UNIT_RECOMMENDED,
        /** The application has reached the committee for its first check (Akesu). */
        COMMITTEE_RECEIVED
    }

    /** Final status when a return is not fixed in time, or fails after the last submission. */
    public enum ReturnOutcome {
        ABANDONED, NOT_ACCEPTED
    }

    public record Fees(Map<Level, Integer> perLevel, String payTo, String clause, Boolean assumed, String reason,
                       String note) implements Assumable {
        public Fees {
            perLevel = perLevel == null ? Map.of() : Map.copyOf(perLevel);
        }
    }

    // ---------------------------------------------------------------- defense

    public record Defense(List<Rule> required, List<Rule> exemptions, DefenseMode mode, Boolean failEndsApplication,
                          String clause, String original, Boolean assumed, String reason, String note)
            implements Assumable {
        public Defense {
            required = listOrEmpty(required);
            exemptions = listOrEmpty(exemptions);
        }
    }

    public enum DefenseMode {
        ONLINE_VIDEO, ON_SITE, ON_SITE_OR_VIDEO
    }

    /** A condition ({@code when}, see {@link NoticeCondition}) with its source. */
    public record Rule(String when, String clause, String note) {
    }

    // ---------------------------------------------------------------- checks

    public record ContinuingEducation(List<EducationYears> years, Hours hoursPerYear, List<Exemption> exemptions,
                                      String clause, String note) {
        public ContinuingEducation {
            years = listOrEmpty(years);
            exemptions = listOrEmpty(exemptions);
        }
    }

    /** Years of public (公需) and professional (专业) courses required when {@code when} holds. */
    public record EducationYears(String when, @JsonProperty("public") YearRange publicYears, YearRange professional,
                                 String clause) {
    }

    public record YearRange(Integer from, Integer to) {
    }

    public record Hours(Integer total, Integer professionalMin, Integer publicMin) {
    }

    public record Exemption(String when, String form, String clause, String note) {
    }

    /** Annual assessments: a year range, or a number of years (count) where it depends on education. */
    public record Assessment(List<AssessmentYears> years, String minRating, String form, String clause, String note,
                             Boolean assumed, String reason) implements Assumable {
        public Assessment {
            years = listOrEmpty(years);
        }
    }

    public record AssessmentYears(String when, YearRange range, Integer count) {
    }

    public record Putonghua(String minGrade, String when, String clause) {
    }

    /** Months of social insurance the notice asks of the applicants {@code when} names (enterprise staff). */
    public record SocialInsurance(Integer minMonths, String when, String clause, String note) {
    }

    public record WorkSummary(Integer minChars, Integer maxChars, Boolean ownNameAndUnitForbidden, String clause,
                              String note) {
    }

    public record AcademicRequirements(Boolean papersRequired, Boolean foreignLanguageRequired,
                                       Boolean computerRequired, String clause, String note) {
    }

    public record FormRules(String blankPlaceholder, String attachmentFormat, Masking masking, String clause,
                            String note) {
    }

    public record Masking(Boolean required, Boolean ownName, Boolean ownUnit, Boolean unitSeal,
                          Boolean pageByPageCheck, String clause, String note) {
    }

    // ---------------------------------------------------------------- materials

    /** Who provides a material in the product. */
    public enum Provider {
        APPLICANT, UNIT, COMPETENT
    }

    /** An uploaded material, required when {@code when} holds ({@code optional}: accepted, never required). */
    public record Material(String id, String name, String when, Provider providedBy, String clause, String note) {
        public Material {
            providedBy = providedBy == null ? Provider.APPLICANT : providedBy;
        }
    }

    public record PaperMaterials(String clause, String note, List<PaperMaterial> items) {
        public PaperMaterials {
            items = listOrEmpty(items);
        }
    }

    public record PaperMaterial(String id, String name, Integer copies, String when, Provider providedBy,
                                String clause, String note) {
        public PaperMaterial {
            providedBy = providedBy == null ? Provider.UNIT : providedBy;
        }
    }

    // ---------------------------------------------------------------- publicity, vote, bans

    public record Publicity(PublicityPeriod unit, PublicityPeriod result) {
    }

    /** A publicity period in Chinese working days; {@code basis} names a national rule where the notice is silent. */
    public record PublicityPeriod(Integer workingDays, String clause, String basis, Boolean assumed, String reason,
                                  String note) implements Assumable {
    }

    /** Committee vote thresholds (人社部令第40号: 2/3 attend, 2/3 of the attending in favour). */
    public record Vote(Fraction quorum, Fraction passRatio, PassBase passBase, Boolean secretBallot, String basis,
                       String clause, String note) {
    }

    /** What the pass ratio is taken of. */
    public enum PassBase {
        /** Votes in favour out of the experts attending the meeting (national rule). */
        ATTENDING_MEMBERS,
        /** Votes in favour out of the votes cast. */
        VOTES_CAST
    }

    public record FraudBan(Integer personYears, Integer unitYears, Boolean blacklist, BanCounting counting,
                           String basis, String clause, String note) {
    }

    public enum BanCounting {
        /** From the year after the declaration year (Akesu, Hejing pledge text). */
        FROM_NEXT_YEAR,
        /** From the decision. */
        FROM_DECISION
    }

    /** Date up to which years of seniority are counted. */
    public record SeniorityCutoff(LocalDate date, String clause, Boolean assumed, String reason)
            implements Assumable {
    }

    public record Exclusion(ExcludedGroup group, String description, String clause, Boolean assumed, String reason)
            implements Assumable {
    }

    public enum ExcludedGroup {
        RETIRED("离退休人员"),
        CIVIL_SERVANT("公务员"),
        REFERENCE_CIVIL_SERVANT("参照公务员法管理的事业单位工作人员"),
        DISCIPLINE_PERIOD("处分期内人员"),
        CRIMINAL_PENALTY_PERIOD("刑事处罚期内人员"),
        BLACKLISTED("黑名单或禁报期内人员"),
        EXAM_BASED_SPECIALTY("以考代评专业");

        private final String label;

        ExcludedGroup(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Fixed texts the notice prescribes (opinions written by units). */
    public record Texts(String unitOpinion, String competentOpinion, String committeeAccepted) {
    }

    // ---------------------------------------------------------------- special policies

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = EarlyApplication.class, name = "EARLY_APPLICATION"),
            @JsonSubTypes.Type(value = SkilledWorkerPathway.class, name = "SKILLED_WORKER_PATHWAY"),
            @JsonSubTypes.Type(value = PrivateEnterpriseTrack.class, name = "PRIVATE_ENTERPRISE_TRACK"),
            @JsonSubTypes.Type(value = DelegatedEvaluation.class, name = "DELEGATED_EVALUATION"),
            @JsonSubTypes.Type(value = DirectRecognition.class, name = "DIRECT_RECOGNITION"),
            @JsonSubTypes.Type(value = AidXinjiang.class, name = "AID_XINJIANG"),
            @JsonSubTypes.Type(value = MaterialsSinceCurrentTitle.class, name = "MATERIALS_SINCE_CURRENT_TITLE"),
            @JsonSubTypes.Type(value = OtherPolicy.class, name = "OTHER")
    })
    public sealed interface SpecialPolicy permits EarlyApplication, SkilledWorkerPathway, PrivateEnterpriseTrack,
            DelegatedEvaluation, DirectRecognition, AidXinjiang, MaterialsSinceCurrentTitle, OtherPolicy {
        String id();

        String name();

        String clause();

        String description();
    }

    /** First evaluation earlier than the usual years (Hami: Barkol and Yiwu, one year). */
    public record EarlyApplication(String id, String name, List<Area> regions, Integer yearsEarlier, String when,
                                   Boolean excludesExamBasedSpecialties, String clause, String description)
            implements SpecialPolicy {
        public EarlyApplication {
            regions = listOrEmpty(regions);
        }
    }

    /** High-skill talents: vocational qualification plus years of work lead to a title level. */
    public record SkilledWorkerPathway(String id, String name, List<SkilledRoute> routes,
                                       Integer qualifiedAssessmentYears, List<String> waivedRequirements,
                                       List<SchoolClassEquivalent> schoolClassEquivalents, String clause,
                                       String description) implements SpecialPolicy {
        public SkilledWorkerPathway {
            routes = listOrEmpty(routes);
            waivedRequirements = listOrEmpty(waivedRequirements);
            schoolClassEquivalents = listOrEmpty(schoolClassEquivalents);
        }
    }

    public record SkilledRoute(String qualification, Integer years, Level level) {
    }

    public record SchoolClassEquivalent(String schoolClass, Education education) {
    }

    /**
     * A track for private-enterprise staff and freelancers: {@code eligibleGroups} as the notice
     * words them; staff posted from outside Xinjiang need {@code minPostingYears} in the area.
     */
    public record PrivateEnterpriseTrack(String id, String name, List<String> eligibleGroups,
                                         Integer minPostingYears, Boolean continuingEducationExemptFirstTime,
                                         String clause, String description) implements SpecialPolicy {
        public PrivateEnterpriseTrack {
            eligibleGroups = listOrEmpty(eligibleGroups);
        }
    }

    public enum DelegationDirection {
        /** Others' staff evaluated here on a delegation letter. */
        INBOUND,
        /** Specialties this area does not evaluate, sent to another committee by letter. */
        OUTBOUND
    }

    public record DelegatedEvaluation(String id, String name, DelegationDirection direction, String letterIssuedBy,
                                      String approvedBy, String when, String clause, String description)
            implements SpecialPolicy {
    }

    /** 直接认定: the next title after consecutive years of village work rated excellent. */
    public record DirectRecognition(String id, String name, Integer consecutiveYears, String minRating,
                                    String recognizedBy, Boolean excludesExamBasedSpecialties, String clause,
                                    String description) implements SpecialPolicy {
    }

    public record AidXinjiang(String id, String name, Integer minPostingYears, LocalDate arrivedBefore,
                              String approvedBy, String clause, String description) implements SpecialPolicy {
    }

    /**
     * Only work since the current title counts (任现职以来): items of the listed {@code sections}
     * (achievements, awards, intellectualProperty, books, papers; none listed: all five) dated
     * before the current title was obtained may not be declared.
     */
    public record MaterialsSinceCurrentTitle(String id, String name, List<String> sections, String clause,
                                             String description) implements SpecialPolicy {
        public static final List<String> SECTIONS = List.of("achievements", "awards", "intellectualProperty",
                "books", "papers");

        public MaterialsSinceCurrentTitle {
            sections = listOrEmpty(sections).isEmpty() ? SECTIONS : List.copyOf(sections);
        }
    }

    public record OtherPolicy(String id, String name, String clause, String description) implements SpecialPolicy {
    }

    // ---------------------------------------------------------------- slips

    /** A slip or ambiguity of the original, with the reading the product uses and why. */
    public record Slip(String field, SlipKind kind, String original, String reading, String reason) {
        public Slip {
            kind = kind == null ? SlipKind.SLIP : kind;
        }
    }

    public enum SlipKind {
        /** A plain error in the original. */
        SLIP,
        /** Text open to more than one reading. */
        AMBIGUITY
    }

    /** Parts of a notice that may hold a value the original does not state. */
    public interface Assumable {
        Boolean assumed();

        String reason();

        default boolean isAssumed() {
            return Boolean.TRUE.equals(assumed());
        }
    }
}
