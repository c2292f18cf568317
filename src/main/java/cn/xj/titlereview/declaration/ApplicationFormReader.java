package cn.xj.titlereview.declaration;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import cn.xj.titlereview.api.FieldProblem;
import cn.xj.titlereview.api.Problems;
import cn.xj.titlereview.campaign.PathRules;
import cn.xj.titlereview.declaration.ApplicationForm.AccomplishmentForm;
import cn.xj.titlereview.declaration.ApplicationForm.AssessmentForm;
import cn.xj.titlereview.declaration.ApplicationForm.AwardForm;
import cn.xj.titlereview.declaration.ApplicationForm.BookForm;
import cn.xj.titlereview.declaration.ApplicationForm.ContinuingEducationForm;
import cn.xj.titlereview.declaration.ApplicationForm.CurrentTitleForm;
import cn.xj.titlereview.declaration.ApplicationForm.EducationForm;
import cn.xj.titlereview.declaration.ApplicationForm.IntellectualPropertyForm;
import cn.xj.titlereview.declaration.ApplicationForm.PaperForm;
import cn.xj.titlereview.declaration.ApplicationForm.PledgeForm;
import cn.xj.titlereview.declaration.ApplicationForm.SituationForm;
import cn.xj.titlereview.declaration.ApplicationForm.WorkPeriodForm;
import cn.xj.titlereview.notice.EmployerType;
import cn.xj.titlereview.notice.Labelled;
import cn.xj.titlereview.notice.Level;
import cn.xj.titlereview.notice.UnitLevel;

/**
 * Checks a form field by field and turns it into {@link ApplicationContent}, listing every
 * problem at once: formats, lengths, blanks instead of "无", codes, dates in the future or out of
 * order (including against the birth date of the ID number), duplicates. Completeness is the
 * submission's business ({@link SubmissionCheck}); here a missing value is fine.
 */
public final class ApplicationFormReader {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern NOTICE_ID = Pattern.compile("notice-[0-9]{4}-[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern UNIT_CODE = Pattern.compile("[0-9A-Z]{6,18}");
    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");
    private static final Pattern COMMITTEE_CODE = Pattern.compile("[0-9]{6}");
    private static final Pattern LANDLINE = Pattern.compile("0[0-9]{2,3}-?[0-9]{7,8}(-[0-9]{1,6})?");
    private static final int EARLIEST_YEAR = 1950;
    /** Longest discipline or penalty period that can still lie ahead (a longer date is a typing slip). */
    private static final int LONGEST_PERIOD_YEARS = 30;

    /** What to do with the stored ID number. */
    public sealed interface IdNumberChange permits Unchanged, Cleared, NewNumber {
    }

    /** The number stays; {@code birthDate} is the birth date on record after this form (a declared one may change). */
    public record Unchanged(LocalDate birthDate) implements IdNumberChange {
        public Unchanged() {
            this(null);
        }
    }

    public record Cleared() implements IdNumberChange {
    }

    /** A new number of a kind; the birth date from the number, or declared when the number has none. */
    public record NewNumber(IdType type, String normalized, LocalDate birthDate, Gender gender)
            implements IdNumberChange {
        public NewNumber(String normalized, LocalDate birthDate, Gender gender) {
            this(IdType.DEFAULT, normalized, birthDate, gender);
        }
    }

    public record Result(ApplicationContent content, IdNumberChange idNumber, List<FieldProblem> problems) {
        boolean valid() {
            return problems.isEmpty();
        }
    }

    private final LocalDate today;
    private final Problems problems = new Problems();
    private LocalDate birthDate;

    private ApplicationFormReader(LocalDate today) {
        this.today = today;
    }

    /**
     * @param today         the date in Beijing
     * @param storedMasked  the masked form of the stored ID number (null if none): sent back as is, it means "unchanged"
     * @param storedBirth   the birth date of the stored ID number (null if none)
     * @param storedGender  the gender of the stored ID number (null if none)
     */
    public static Result read(ApplicationForm form, LocalDate today, String storedMasked, LocalDate storedBirth,
                       Gender storedGender) {
        return read(form, today, IdType.DEFAULT, storedMasked, storedBirth, storedGender);
    }

    /**
     * @param storedType    the kind of the stored document (null if none)
     */
    public static Result read(ApplicationForm form, LocalDate today, IdType storedType, String storedMasked,
                              LocalDate storedBirth, Gender storedGender) {
        return new ApplicationFormReader(today).readForm(form, storedType, storedMasked, storedBirth, storedGender);
    }

    private Result readForm(ApplicationForm f, IdType storedType, String storedMasked, LocalDate storedBirth,
                            Gender storedGender) {
        if (f == null) {
            problems.add("", "必填", "请提交申报信息");
            return new Result(null, new Unchanged(), problems.list());
        }
        IdNumberChange idNumber = readIdNumber(f.idType(), f.idNumber(), f.birthDate(), storedType, storedMasked,
                storedBirth);
        Gender idGender = idNumber instanceof NewNumber n ? n.gender()
                : idNumber instanceof Unchanged ? storedGender : null;

        String noticeId = text("noticeId", f.noticeId(), Limits.NOTICE_ID);
        if (noticeId == null && !problems.has("noticeId")) {
            problems.add("noticeId", "必填", "请选择申报的通知");
        } else if (noticeId != null && !NOTICE_ID.matcher(noticeId).matches()) {
            problems.add("noticeId", "格式", "通知编号格式不正确");
        }
        String name = text("name", f.name(), Limits.NAME);
        Gender gender = code("gender", f.gender(), Gender.class);
        if (gender != null && idGender != null && gender != idGender) {
            problems.add("gender", "一致性", "性别与身份证号码不符");
        }
        String phone = text("phone", f.phone(), Limits.SHORT);
        if (phone != null && !MOBILE.matcher(phone).matches() && !LANDLINE.matcher(phone).matches()) {
            problems.add("phone", "格式", "请填写11位手机号码或带区号的固定电话");
        }
        String unitCode = text("employerUnitCode", f.employerUnitCode(), Limits.UNIT_CODE);
        if (unitCode != null && !UNIT_CODE.matcher(unitCode).matches()) {
            problems.add("employerUnitCode", "格式", "用人单位代码应为6至18位数字或大写字母");
        }

        List<EducationEntry> education = list("education", f.education(), this::education);
        CurrentTitle currentTitle = currentTitle(f.currentTitle());
        LocalDate professionStart = date("professionStartDate", f.professionStartDate());
        notBeforeBirth("professionStartDate", professionStart, "从事专业技术工作起始日期");
        Integer professionYears = range("professionYears", f.professionYears(), 0, 60);
        if (professionStart != null && professionYears != null
                && professionYears > Period.between(professionStart, today).getYears() + 1) {
            problems.add("professionYears", "一致性", "专业技术工作年限超过了自起始日期至今的年数");
        }
        List<WorkPeriod> workHistory = list("workHistory", f.workHistory(), this::workPeriod);
        List<Accomplishment> practice = list("practice", f.practice(), this::accomplishment);
        List<Accomplishment> achievements = list("achievements", f.achievements(), this::accomplishment);
        noAchievementUsedTwice(practice, achievements);
        List<Award> awards = list("awards", f.awards(), this::award);
        List<IntellectualProperty> ip = list("intellectualProperty", f.intellectualProperty(), this::ip);
        List<Book> books = list("books", f.books(), this::book);
        List<Paper> papers = list("papers", f.papers(), this::paper);
        List<ContinuingEducationYear> continuing = list("continuingEducation", f.continuingEducation(),
                this::continuingEducation);
        uniqueYears("continuingEducation", continuing.stream().map(ContinuingEducationYear::year).toList(), "继续教育");
        List<AnnualAssessment> assessments = list("annualAssessments", f.annualAssessments(), this::assessment);
        uniqueYears("annualAssessments", assessments.stream().map(AnnualAssessment::year).toList(), "年度考核");

        Situation situation = situation(f.situation());
        Level level = code("level", f.level(), Level.class);
        directRecognitionLevel(situation, currentTitle, level);
        ApplicationContent content = new ApplicationContent(
                noticeId,
                text("series", f.series(), Limits.LABEL),
                text("specialty", f.specialty(), Limits.LABEL),
                text("subSpecialty", f.subSpecialty(), Limits.LABEL),
                level,
                name,
                gender,
                phone,
                text("ethnicity", f.ethnicity(), Limits.SHORT),
                text("politics", f.politics(), Limits.SHORT),
                unitCode,
                code("employerType", f.employerType(), EmployerType.class),
                code("unitLevel", f.unitLevel(), UnitLevel.class),
                situation,
                education,
                currentTitle,
                professionStart,
                professionYears,
                workHistory,
                practice,
                achievements,
                awards,
                ip,
                books,
                papers,
                continuing,
                assessments,
                code("putonghuaLevel", f.putonghuaLevel(), PutonghuaLevel.class),
                range("socialInsuranceMonths", f.socialInsuranceMonths(), 0, 600),
                text("workSummary", f.workSummary(), Limits.WORK_SUMMARY),
                pledge(f.pledge()));
        return new Result(content, idNumber, problems.list());
    }

    /**
     * The document: its kind (default 居民身份证), the number checked for that kind, and the birth date — the
     * number's where it carries one, else the declared one (16 to 70 years).
     */
    private IdNumberChange readIdNumber(String rawType, String raw, String rawBirth, IdType storedType,
                                        String storedMasked, LocalDate storedBirth) {
        IdType type = IdDocuments.parseType(rawType);
        if (type == null) {
            problems.addAll(List.of(IdDocuments.unknownType("idType")));
        }
        LocalDate declaredBirth = date("birthDate", rawBirth);
        if (raw == null) {
            return new Cleared();
        }
        if (type == null) {
            return new Unchanged(storedBirth);
        }
        if (IdNumbers.isMasked(raw)) {
            if (storedMasked != null && storedMasked.equals(IdNumbers.normalize(raw)) && type == storedType) {
                boolean carried = storedBirth != null && IdDocuments.carriesBirthDate(type, storedMasked.length());
                birthDate = carried || declaredBirth != null
                        ? birthOf(type, carried ? storedBirth : null, declaredBirth) : storedBirth;
                return new Unchanged(birthDate);
            }
            problems.add("idNumber", "格式", "请填写完整的" + type.numberName());
            return new Unchanged(storedBirth);
        }
        IdDocuments.Check check = IdDocuments.check(type, raw, today, "idNumber");
        if (!check.valid()) {
            problems.addAll(check.problems());
            return new Unchanged(storedBirth);
        }
        birthDate = birthOf(type, check.birthDate(), declaredBirth);
        return new NewNumber(type, check.normalized(), birthDate, check.gender());
    }

    /**
     * The number's birth date where it carries one (the form shows it back, and a date left from an earlier number
     * must not block a new one), else the declared one checked for age.
     */
    private LocalDate birthOf(IdType type, LocalDate fromNumber, LocalDate declared) {
        if (fromNumber != null) {
            return fromNumber;
        }
        if (declared != null) {
            String age = IdNumbers.ageProblem(declared, today, "出生日期");
            if (age != null) {
                problems.add("birthDate", "范围", age);
                return null;
            }
        }
        return declared;
    }

    private Situation situation(SituationForm s) {
        if (s == null) {
            return Situation.NONE;
        }
        String at = "situation";
        LocalDate disciplineEnds = periodEnd(at + ".disciplineEndsOn", s.disciplineEndsOn());
        LocalDate penaltyEnds = periodEnd(at + ".criminalPenaltyEndsOn", s.criminalPenaltyEndsOn());
        if (Boolean.FALSE.equals(s.underDiscipline()) && disciplineEnds != null) {
            problems.add(at + ".disciplineEndsOn", "一致性", "未受处分时不应填写处分影响期截止日期");
        }
        if (Boolean.FALSE.equals(s.underCriminalPenalty()) && penaltyEnds != null) {
            problems.add(at + ".criminalPenaltyEndsOn", "一致性", "未受刑事处罚时不应填写处罚期截止日期");
        }
        LocalDate qualifiedOn = date(at + ".skilledQualificationOn", s.skilledQualificationOn());
        notBeforeBirth(at + ".skilledQualificationOn", qualifiedOn, "职业资格取得日期");
        LocalDate postingFrom = date(at + ".aidPostingFrom", s.aidPostingFrom());
        LocalDate postingTo = periodEnd(at + ".aidPostingTo", s.aidPostingTo());
        notBeforeBirth(at + ".aidPostingFrom", postingFrom, "援疆报到日期");
        if (postingFrom != null && postingTo != null && postingTo.isBefore(postingFrom)) {
            problems.add(at + ".aidPostingTo", "顺序", "援派期满日期不能早于援疆报到日期");
        }
        if (Boolean.FALSE.equals(s.aidXinjiang()) && (postingFrom != null || postingTo != null)) {
            problems.add(at + ".aidPostingFrom", "一致性", "不是援疆专业技术人员时不应填写援疆报到和期满日期");
        }
        PrivateTrackGroup group = code(at + ".privateTrackGroup", s.privateTrackGroup(), PrivateTrackGroup.class);
        LocalDate postedSince = date(at + ".postedInAreaSince", s.postedInAreaSince());
        notBeforeBirth(at + ".postedInAreaSince", postedSince, "派驻起始日期");
        if (postedSince != null && group != null && group != PrivateTrackGroup.POSTED_FROM_OUTSIDE) {
            problems.add(at + ".postedInAreaSince", "一致性", "只有疆外民营企业派驻人员填写派驻起始日期");
        }
        LocalDate villageFrom = date(at + ".villageWorkFrom", s.villageWorkFrom());
        LocalDate villageTo = date(at + ".villageWorkTo", s.villageWorkTo());
        notBeforeBirth(at + ".villageWorkFrom", villageFrom, "驻村工作起始日期");
        if (villageFrom != null && villageTo != null && villageTo.isBefore(villageFrom)) {
            problems.add(at + ".villageWorkTo", "顺序", "驻村工作结束日期不能早于起始日期");
        }
        if (Boolean.FALSE.equals(s.villageWork()) && (villageFrom != null || villageTo != null)) {
            problems.add(at + ".villageWorkFrom", "一致性", "未参加“访惠聚”驻村等工作时不应填写驻村起止日期");
        }
        if (Boolean.TRUE.equals(s.directRecognition()) && Boolean.FALSE.equals(s.villageWork())) {
            problems.add(at + ".directRecognition", "申报途径",
                    "直接认定须取得现职称后连续参加“访惠聚”驻村等基层服务工作，请先在“参加‘访惠聚’驻村等工作”中选“是”");
        }
        if (Boolean.TRUE.equals(s.directRecognition()) && Boolean.TRUE.equals(s.delegatedEvaluation())) {
            problems.add(at + ".delegatedEvaluation", "申报途径", PathRules.DIRECT_RECOGNITION_NOT_DELEGATED);
        }
        String committee = text(at + ".delegatedToCommittee", s.delegatedToCommittee(), 16);
        if (committee != null && !COMMITTEE_CODE.matcher(committee).matches()) {
            problems.add(at + ".delegatedToCommittee", "格式", "评审委员会代码应为6位数字（见评审委员会目录）");
            committee = null;
        } else if (committee != null && !Boolean.TRUE.equals(s.delegatedEvaluation())) {
            problems.add(at + ".delegatedToCommittee", "一致性", "不是委托评审时不应填写受委托的评审委员会");
        }
        return new Situation(s.villageWork(), s.aidXinjiang(), s.delegatedEvaluation(),
                s.transferredFromGovernmentOrgan(), s.firstApplication(), s.skilledWorker(), s.foreignNational(),
                s.retired(), s.civilServant(), s.referenceCivilServant(), s.underDiscipline(), disciplineEnds,
                s.underCriminalPenalty(), penaltyEnds,
                code(at + ".skilledQualification", s.skilledQualification(), SkilledQualification.class),
                qualifiedOn, range(at + ".hrExamScore", s.hrExamScore(), 0, 100),
                year(at + ".hrExamYear", s.hrExamYear()), postingFrom, postingTo, group, postedSince,
                s.directRecognition(), villageFrom, villageTo, committee);
    }

    /**
     * Direct recognition recognises the next level above the title held: a title must be held
     * (not "无"), and the level applied for is the next one.
     */
    private void directRecognitionLevel(Situation situation, CurrentTitle title, Level level) {
        if (!situation.asksDirectRecognition() || title == null) {
            return;
        }
        if (title.none()) {
            problems.add("currentTitle.name", "申报途径", PathRules.DIRECT_RECOGNITION_NEEDS_TITLE);
            return;
        }
        if (title.level() != null && level != null) {
            PathRules.nextLevelRefused(title.level(), level)
                    .ifPresent(message -> problems.add("level", "申报途径", message));
        }
    }

    private EducationEntry education(String at, EducationForm e) {
        LocalDate graduation = date(at + ".graduationDate", e.graduationDate());
        notBeforeBirth(at + ".graduationDate", graduation, "毕业日期");
        return new EducationEntry(
                code(at + ".level", e.level(), EducationLevel.class),
                text(at + ".school", e.school(), Limits.ORGANISATION),
                text(at + ".major", e.major(), Limits.ORGANISATION),
                graduation,
                e.fullTime(),
                text(at + ".degree", e.degree(), Limits.LABEL),
                text(at + ".certificateNo", e.certificateNo(), Limits.LABEL));
    }

    private CurrentTitle currentTitle(CurrentTitleForm t) {
        if (t == null) {
            return null;
        }
        String at = "currentTitle";
        String name = text(at + ".name", t.name(), Limits.LABEL);
        Level level = code(at + ".level", t.level(), Level.class);
        LocalDate obtained = date(at + ".obtainedOn", t.obtainedOn());
        notBeforeBirth(at + ".obtainedOn", obtained, "现职称取得日期");
        if ("无".equals(name) && (level != null || obtained != null)) {
            problems.add(at + ".name", "一致性", "现职称为“无”时不应填写级别和取得日期");
        }
        return new CurrentTitle(name, level, obtained, t.obtainedInXinjiang(),
                text(at + ".issuer", t.issuer(), Limits.ORGANISATION),
                text(at + ".certificateNo", t.certificateNo(), Limits.LABEL));
    }

    private WorkPeriod workPeriod(String at, WorkPeriodForm w) {
        LocalDate from = date(at + ".from", w.from());
        LocalDate to = date(at + ".to", w.to());
        ordered(at, from, to);
        notBeforeBirth(at + ".from", from, "工作起始日期");
        return new WorkPeriod(from, to, text(at + ".unit", w.unit(), Limits.ORGANISATION),
                text(at + ".position", w.position(), Limits.LABEL));
    }

    private Accomplishment accomplishment(String at, AccomplishmentForm a) {
        LocalDate from = date(at + ".from", a.from());
        LocalDate to = date(at + ".to", a.to());
        ordered(at, from, to);
        notBeforeBirth(at + ".from", from, "起始日期");
        return new Accomplishment(text(at + ".title", a.title(), Limits.TITLE), from, to,
                text(at + ".role", a.role(), Limits.LABEL),
                text(at + ".description", a.description(), Limits.DESCRIPTION));
    }

    private Award award(String at, AwardForm a) {
        LocalDate date = date(at + ".date", a.date());
        notBeforeBirth(at + ".date", date, "获奖日期");
        return new Award(text(at + ".name", a.name(), Limits.TITLE), text(at + ".grantor", a.grantor(),
                Limits.ORGANISATION), date);
    }

    private IntellectualProperty ip(String at, IntellectualPropertyForm p) {
        LocalDate date = date(at + ".date", p.date());
        notBeforeBirth(at + ".date", date, "授权日期");
        return new IntellectualProperty(text(at + ".name", p.name(), Limits.TITLE),
                text(at + ".kind", p.kind(), Limits.LABEL), text(at + ".number", p.number(), Limits.LABEL), date);
    }

    private Book book(String at, BookForm b) {
        LocalDate date = date(at + ".date", b.date());
        notBeforeBirth(at + ".date", date, "出版日期");
        return new Book(text(at + ".title", b.title(), Limits.TITLE),
                text(at + ".publisher", b.publisher(), Limits.ORGANISATION), date,
                text(at + ".role", b.role(), Limits.LABEL));
    }

    private Paper paper(String at, PaperForm p) {
        LocalDate date = date(at + ".date", p.date());
        notBeforeBirth(at + ".date", date, "发表日期");
        return new Paper(text(at + ".title", p.title(), Limits.TITLE),
                text(at + ".journal", p.journal(), Limits.ORGANISATION), date,
                text(at + ".authorRank", p.authorRank(), Limits.LABEL));
    }

    private ContinuingEducationYear continuingEducation(String at, ContinuingEducationForm c) {
        return new ContinuingEducationYear(year(at + ".year", c.year()),
                range(at + ".publicHours", c.publicHours(), 0, 2000),
                range(at + ".professionalHours", c.professionalHours(), 0, 2000));
    }

    private AnnualAssessment assessment(String at, AssessmentForm a) {
        return new AnnualAssessment(year(at + ".year", a.year()),
                code(at + ".rating", a.rating(), AssessmentRating.class));
    }

    private Pledge pledge(PledgeForm p) {
        if (p == null) {
            return null;
        }
        LocalDate date = date("pledge.date", p.date());
        return new Pledge(p.accepted(), date);
    }

    // ---- field rules -------------------------------------------------------------------------

    /** Trimmed text; blank is refused ("无" is the word for nothing), so are control characters and excess length. */
    String text(String field, String value, int max) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            problems.add(field, "必填", "不能为空白；没有内容请填写“无”");
            return null;
        }
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                problems.add(field, "字符", "含有不允许的控制字符");
                return null;
            }
        }
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length > max) {
            problems.add(field, "长度", "不能超过" + max + "个字符（当前" + length + "个）");
            return null;
        }
        return trimmed;
    }

    private LocalDate date(String field, String value) {
        if (value == null) {
            return null;
        }
        if (value.isBlank()) {
            problems.add(field, "必填", "日期不能为空白");
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip(), DATE);
        } catch (DateTimeParseException e) {
            problems.add(field, "日期格式", "日期应为有效的YYYY-MM-DD格式");
            return null;
        }
        if (date.isAfter(today)) {
            problems.add(field, "日期", "日期不能晚于今天");
            return null;
        }
        if (date.getYear() < EARLIEST_YEAR) {
            problems.add(field, "日期", "日期不能早于" + EARLIEST_YEAR + "年");
            return null;
        }
        return date;
    }

    /** The end of a discipline or penalty period: may lie in the future, but not absurdly far. */
    private LocalDate periodEnd(String field, String value) {
        if (value == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip(), DATE);
        } catch (DateTimeParseException e) {
            problems.add(field, "日期格式", "日期应为有效的YYYY-MM-DD格式");
            return null;
        }
        if (date.getYear() < EARLIEST_YEAR || date.isAfter(today.plusYears(LONGEST_PERIOD_YEARS))) {
            problems.add(field, "日期", "日期应在" + EARLIEST_YEAR + "年至今后" + LONGEST_PERIOD_YEARS + "年之间");
            return null;
        }
        return date;
    }

    private void ordered(String at, LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            problems.add(at + ".to", "顺序", "截止日期不能早于起始日期");
        }
    }

    private void notBeforeBirth(String field, LocalDate date, String what) {
        if (date != null && birthDate != null && !date.isAfter(birthDate)) {
            problems.add(field, "顺序", what + "不能早于出生日期");
        }
    }

    private <E extends Enum<E> & Labelled> E code(String field, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        if (value.isBlank()) {
            problems.add(field, "必填", "不能为空白");
            return null;
        }
        return Labelled.parse(type, value).orElseGet(() -> {
            problems.add(field, "取值", "取值应为：" + Labelled.allowed(type));
            return null;
        });
    }

    private Integer range(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            problems.add(field, "范围", "应在" + min + "至" + max + "之间");
            return null;
        }
        return value;
    }

    private Integer year(String field, Integer value) {
        if (value == null) {
            return null;
        }
        if (value > today.getYear()) {
            problems.add(field, "日期", "年度不能晚于今年");
            return null;
        }
        if (value < EARLIEST_YEAR) {
            problems.add(field, "日期", "年度不能早于" + EARLIEST_YEAR + "年");
            return null;
        }
        if (birthDate != null && value < birthDate.getYear() + IdNumbers.MIN_AGE) {
            problems.add(field, "顺序", "年度早于本人年满" + IdNumbers.MIN_AGE + "周岁");
            return null;
        }
        return value;
    }

    private <F, T> List<T> list(String field, List<F> items, BiFunction<String, F, T> read) {
        if (items == null) {
            return List.of();
        }
        if (items.size() > Limits.LIST) {
            problems.add(field, "数量", "最多" + Limits.LIST + "项");
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String at = field + "[" + i + "]";
            F item = items.get(i);
            if (item == null) {
                problems.add(at, "必填", "不能有空条目");
                continue;
            }
            int before = problems.size();
            T value = read.apply(at, item);
            if (allNull(value) && problems.size() == before) {
                problems.add(at, "必填", "空白条目：请填写或删除");
                continue;
            }
            out.add(value);
        }
        return out;
    }

    private static boolean allNull(Object record) {
        if (record == null) {
            return true;
        }
        for (var component : record.getClass().getRecordComponents()) {
            try {
                if (component.getAccessor().invoke(record) != null) {
                    return false;
                }
            } catch (ReflectiveOperationException e) {
                return false;
            }
        }
        return true;
    }

    private void noAchievementUsedTwice(List<Accomplishment> practice, List<Accomplishment> achievements) {
        Map<String, Integer> practiceTitles = new HashMap<>();
        for (int i = 0; i < practice.size(); i++) {
            String key = comparable(practice.get(i).title());
            if (key != null) {
                practiceTitles.putIfAbsent(key, i);
            }
        }
        for (int i = 0; i < achievements.size(); i++) {
            String key = comparable(achievements.get(i).title());
            if (key != null && practiceTitles.containsKey(key)) {
                problems.add("achievements[" + i + "].title", "重复使用",
                        "同一业绩不能在实践能力和业绩成果中同时使用（与实践能力第" + (practiceTitles.get(key) + 1) + "项相同）");
            }
        }
    }

    /** Title compared without spaces, punctuation or case; "无" is no title. */
    static String comparable(String title) {
        if (title == null || "无".equals(title)) {
            return null;
        }
        String key = title.replaceAll("[\\s\\p{P}\\p{S}]", "").toLowerCase(Locale.ROOT);
        return key.isEmpty() ? null : key;
    }

    private void uniqueYears(String field, List<Integer> years, String what) {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < years.size(); i++) {
            Integer year = years.get(i);
            if (year != null && !seen.add(year)) {
                problems.add(field + "[" + i + "].year", "重复", what + "中" + year + "年度重复");
            }
        }
    }
}
