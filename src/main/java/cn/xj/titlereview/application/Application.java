package cn.xj.titlereview.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.xj.titlereview.declaration.Accomplishment;
import cn.xj.titlereview.declaration.AnnualAssessment;
import cn.xj.titlereview.declaration.ApplicationContent;
import cn.xj.titlereview.declaration.Award;
import cn.xj.titlereview.declaration.Book;
import cn.xj.titlereview.declaration.ContinuingEducationYear;
import cn.xj.titlereview.declaration.CurrentTitle;
import cn.xj.titlereview.declaration.EducationEntry;
import cn.xj.titlereview.declaration.Gender;
import cn.xj.titlereview.declaration.IdType;
import cn.xj.titlereview.declaration.IntellectualProperty;
import cn.xj.titlereview.declaration.Limits;
import cn.xj.titlereview.declaration.Paper;
import cn.xj.titlereview.declaration.Pledge;
import cn.xj.titlereview.declaration.PutonghuaLevel;
import cn.xj.titlereview.declaration.Situation;
import cn.xj.titlereview.declaration.WorkPeriod;
import cn.xj.titlereview.notice.EmployerType;
import cn.xj.titlereview.notice.Level;
import cn.xj.titlereview.notice.UnitLevel;

/**
 * One person's application (申报) to one notice: the working copy the applicant edits while it is
 * a draft or returned. Every submission is frozen as an {@link ApplicationSnapshot}. The ID number
 * is held only encrypted ({@code idNumberCipher}) with its blind index for uniqueness per notice.
 */
@Entity
@Table(name = "application")
public class Application {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_no", length = 20, nullable = false, unique = true, updatable = false)
    private String applicationNo;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    @Column(name = "applicant_user_id", length = 64, nullable = false, updatable = false)
    private String applicantUserId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private ApplicationStatus status;

    @Column(name = "submission_count", nullable = false)
    private int submissionCount;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Column(name = "notice_id", length = Limits.NOTICE_ID, nullable = false)
    private String noticeId;

    @Column(name = "series", length = Limits.LABEL)
    private String series;

    @Column(name = "specialty", length = Limits.LABEL)
    private String specialty;

    @Column(name = "sub_specialty", length = Limits.LABEL)
    private String subSpecialty;

    @Enumerated(EnumType.STRING)
    @Column(name = "level_code", length = 20)
    private Level level;

    @Column(name = "person_name", length = Limits.NAME)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "gender", length = 10)
    private Gender gender;

    @Enumerated(EnumType.STRING)
    @Column(name = "id_type", length = 32, nullable = false)
    private IdType idType = IdType.DEFAULT;

    @Column(name = "id_number_cipher", length = 128)
    private String idNumberCipher;

    @Column(name = "id_number_index", length = 64)
    private String idNumberIndex;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(name = "phone", length = Limits.SHORT)
    private String phone;

    @Column(name = "ethnicity", length = Limits.SHORT)
    private String ethnicity;

    @Column(name = "politics", length = Limits.SHORT)
    private String politics;

    @Column(name = "employer_unit_code", length = Limits.UNIT_CODE)
    private String employerUnitCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "employer_type", length = 24)
    private EmployerType employerType;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_level", length = 16)
    private UnitLevel unitLevel;

    @Embedded
    private Situation situation;

    @Embedded
    private CurrentTitle currentTitle;

    @Column(name = "profession_start_date")
    private LocalDate professionStartDate;

    @Column(name = "profession_years")
    private Integer professionYears;

    @Enumerated(EnumType.STRING)
    @Column(name = "putonghua_level", length = 16)
    private PutonghuaLevel putonghuaLevel;

    @Column(name = "social_insurance_months")
    private Integer socialInsuranceMonths;

    @Column(name = "work_summary", length = Limits.WORK_SUMMARY)
    private String workSummary;

    @Embedded
    private Pledge pledge;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @ElementCollection
    @CollectionTable(name = "application_education", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "item_index")
    private List<EducationEntry> education = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "application_work_period", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "item_index")
    private List<WorkPeriod> workHistory = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "application_practice", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "item_index")
    private List<Accomplishment> practice = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "application_achievement", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "item_index")
    private List<Accomplishment> achievements = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "application_award", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "item_index")
    private List<Award> awards = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "application_ip", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "item_index")
    private List<IntellectualProperty> intellectualProperty = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "application_book", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "item_index")
    private List<Book> books = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "application_paper", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "item_index")
    private List<Paper> papers = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "application_continuing_education", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "item_index")
    private List<ContinuingEducationYear> continuingEducation = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "application_assessment", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "item_index")
    private List<AnnualAssessment> annualAssessments = new ArrayList<>();

    protected Application() {
    }

    Application(String applicationNo, String applicantUserId, Instant now) {
        this.applicationNo = applicationNo;
        this.applicantUserId = applicantUserId;
        this.status = ApplicationStatus.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Replaces everything declared (not the ID number: {@link #protectIdNumber}). */
    void replaceContent(ApplicationContent c, Instant now) {
        noticeId = c.noticeId();
        series = c.series();
        specialty = c.specialty();
        subSpecialty = c.subSpecialty();
        level = c.level();
        name = c.name();
        gender = c.gender();
        phone = c.phone();
        ethnicity = c.ethnicity();
        politics = c.politics();
        employerUnitCode = c.employerUnitCode();
        employerType = c.employerType();
        unitLevel = c.unitLevel();
        situation = c.situation();
        currentTitle = c.currentTitle();
        professionStartDate = c.professionStartDate();
        professionYears = c.professionYears();
        putonghuaLevel = c.putonghuaLevel();
        socialInsuranceMonths = c.socialInsuranceMonths();
        workSummary = c.workSummary();
        pledge = c.pledge();
        replace(education, c.education());
        replace(workHistory, c.workHistory());
        replace(practice, c.practice());
        replace(achievements, c.achievements());
        replace(awards, c.awards());
        replace(intellectualProperty, c.intellectualProperty());
        replace(books, c.books());
        replace(papers, c.papers());
        replace(continuingEducation, c.continuingEducation());
        replace(annualAssessments, c.annualAssessments());
        updatedAt = now;
    }

    private static <T> void replace(List<T> target, List<T> source) {
        if (!target.equals(source)) {
            target.clear();
            target.addAll(source);
        }
    }

    public ApplicationContent content() {
        return new ApplicationContent(noticeId, series, specialty, subSpecialty, level, name, gender, phone,
                ethnicity, politics, employerUnitCode, employerType, unitLevel, situation, education, currentTitle,
                professionStartDate, professionYears, workHistory, practice, achievements, awards,
                intellectualProperty, books, papers, continuingEducation, annualAssessments, putonghuaLevel,
                socialInsuranceMonths, workSummary, pledge);
    }

    void protectIdNumber(IdType type, String cipher, String blindIndex, LocalDate birthDate) {
        this.idType = type == null ? IdType.DEFAULT : type;
        protectIdNumber(cipher, blindIndex, birthDate);
    }

    /** A birth date declared for a document whose number does not carry it. */
    void declareBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    void protectIdNumber(String cipher, String blindIndex, LocalDate birthDate) {
        this.idNumberCipher = cipher;
        this.idNumberIndex = blindIndex;
        this.birthDate = birthDate;
    }

    void submitted(ApplicationStatus newStatus, Instant now) {
        this.status = newStatus;
        this.submissionCount++;
        this.submittedAt = now;
        this.updatedAt = now;
    }

    void processStarted(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void changeStatus(ApplicationStatus newStatus, Instant now) {
        this.status = newStatus;
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public String applicationNo() {
        return applicationNo;
    }

    public long lockVersion() {
        return lockVersion;
    }

    public String applicantUserId() {
        return applicantUserId;
    }

    public ApplicationStatus status() {
        return status;
    }

    public int submissionCount() {
        return submissionCount;
    }

    public String processInstanceId() {
        return processInstanceId;
    }

    public String noticeId() {
        return noticeId;
    }

    public String series() {
        return series;
    }

    public String specialty() {
        return specialty;
    }

    public Level level() {
        return level;
    }

    public String name() {
        return name;
    }

    public String employerUnitCode() {
        return employerUnitCode;
    }

    public String idNumberCipher() {
        return idNumberCipher;
    }

    public IdType idType() {
        return idType;
    }

    public String idNumberIndex() {
        return idNumberIndex;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }
}
