package cn.xj.titlereview.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import cn.xj.titlereview.declaration.Accomplishment;
import cn.xj.titlereview.declaration.AnnualAssessment;
import cn.xj.titlereview.declaration.ApplicationContent;
import cn.xj.titlereview.declaration.AssessmentRating;
import cn.xj.titlereview.declaration.Award;
import cn.xj.titlereview.declaration.Book;
import cn.xj.titlereview.declaration.ContinuingEducationYear;
import cn.xj.titlereview.declaration.CurrentTitle;
import cn.xj.titlereview.declaration.EducationEntry;
import cn.xj.titlereview.declaration.EducationLevel;
import cn.xj.titlereview.declaration.Gender;
import cn.xj.titlereview.declaration.IntellectualProperty;
import cn.xj.titlereview.declaration.Paper;
import cn.xj.titlereview.declaration.Pledge;
import cn.xj.titlereview.declaration.PrivateTrackGroup;
import cn.xj.titlereview.declaration.PutonghuaLevel;
import cn.xj.titlereview.declaration.Situation;
import cn.xj.titlereview.declaration.SkilledQualification;
import cn.xj.titlereview.declaration.WorkPeriod;
import cn.xj.titlereview.notice.EmployerType;
import cn.xj.titlereview.notice.Level;
import cn.xj.titlereview.notice.UnitLevel;

/**
 * A declaration under construction for the rule tests: starts as one that meets every condition of
 * its notice, and each test changes the one thing it is about.
 */
final class Declaration {

    String noticeId;
    String series = "工程系列";
    String specialty;
    Level level;
    String employerUnitCode = "650100001";
    EmployerType employerType = EmployerType.PUBLIC_INSTITUTION;
    Integer socialInsuranceMonths = 12;
    UnitLevel unitLevel = UnitLevel.REGION;
    Boolean villageWork = false;
    Boolean firstApplication = false;
    Boolean skilledWorker = false;
    Boolean retired = false;
    Boolean civilServant = false;
    Boolean referenceCivilServant = false;
    Boolean underDiscipline = false;
    LocalDate disciplineEndsOn;
    Boolean underCriminalPenalty = false;
    LocalDate criminalPenaltyEndsOn;
    SkilledQualification skilledQualification;
    LocalDate skilledQualificationOn;
    Integer hrExamScore;
    Integer hrExamYear;
    Boolean aidXinjiang = false;
    LocalDate aidPostingFrom;
    LocalDate aidPostingTo;
    PrivateTrackGroup privateTrackGroup;
    LocalDate postedInAreaSince;
    Boolean directRecognition;
    LocalDate villageWorkFrom;
    LocalDate villageWorkTo;
    Boolean delegatedEvaluation = false;
    String delegatedToCommittee;
    EducationLevel education = EducationLevel.BACHELOR;
    /** No row of 学历学位 at all (a skilled worker whose schooling the form does not list). */
    boolean noEducation;
    String ethnicity = "汉族";
    Pledge pledge = new Pledge(true, LocalDate.of(2020, 1, 1));
    boolean fullTime = true;
    LocalDate graduated = LocalDate.of(2005, 7, 1);
    /** A further degree after the first, e.g. a part-time 本科 (成人教育) after a full-time 大专; none by default. */
    EducationEntry furtherEducation;
    String titleName = "工程师";
    Level titleLevel = Level.INTERMEDIATE;
    LocalDate titleObtained = LocalDate.of(2012, 12, 1);
    Boolean titleInXinjiang = true;
    LocalDate professionStart = LocalDate.of(2005, 8, 1);
    List<ContinuingEducationYear> continuingEducation = new ArrayList<>();
    List<AnnualAssessment> assessments = new ArrayList<>();
    PutonghuaLevel putonghua = PutonghuaLevel.SECOND_B;
    List<Accomplishment> achievements = new ArrayList<>();
    List<Award> awards = new ArrayList<>();
    List<IntellectualProperty> intellectualProperty = new ArrayList<>();
    List<Book> books = new ArrayList<>();
    List<Paper> papers = new ArrayList<>();
    String workSummary = "任现职以来主要从事专业技术工作，主持完成多项工程项目。";

    private Declaration(String noticeId, String specialty, Level level, int lastYear) {
        this.noticeId = noticeId;
        this.specialty = specialty;
        this.level = level;
        IntStream.rangeClosed(2014, lastYear).forEach(y -> continuingEducation.add(new ContinuingEducationYear(y, 40, 70)));
        IntStream.rangeClosed(2014, lastYear - 1).forEach(y -> assessments.add(new AnnualAssessment(y,
                AssessmentRating.QUALIFIED)));
    }

    static Declaration of(String noticeId, String specialty, Level level, int noticeYear) {
        return new Declaration(noticeId, specialty, level, noticeYear);
    }

    Declaration title(String name, Level titleLevel, LocalDate obtained) {
        this.titleName = name;
        this.titleLevel = titleLevel;
        this.titleObtained = obtained;
        return this;
    }

    Declaration noTitle() {
        return title("无", null, null);
    }

    Declaration withoutContinuingEducation(int year) {
        continuingEducation.removeIf(y -> y.year() == year);
        return this;
    }

    Declaration continuingEducation(int year, int publicHours, int professionalHours) {
        withoutContinuingEducation(year);
        continuingEducation.add(new ContinuingEducationYear(year, publicHours, professionalHours));
        return this;
    }

    /** 直接认定 after village work from {@code from} to {@code to} (null: still posted). */
    Declaration directRecognition(LocalDate from, LocalDate to) {
        directRecognition = true;
        villageWork = true;
        villageWorkFrom = from;
        villageWorkTo = to;
        return this;
    }

    Declaration delegatedTo(String committee) {
        delegatedEvaluation = true;
        delegatedToCommittee = committee;
        return this;
    }

    Declaration assessment(int year, AssessmentRating rating) {
        assessments.removeIf(a -> a.year() == year);
        if (rating != null) {
            assessments.add(new AnnualAssessment(year, rating));
        }
        return this;
    }

    ApplicationContent content() {
        Situation situation = new Situation(villageWork, aidXinjiang, delegatedEvaluation, false, firstApplication,
                skilledWorker, false, retired, civilServant, referenceCivilServant, underDiscipline, disciplineEndsOn,
                underCriminalPenalty, criminalPenaltyEndsOn, skilledQualification, skilledQualificationOn, hrExamScore,
                hrExamYear, aidPostingFrom, aidPostingTo, privateTrackGroup, postedInAreaSince, directRecognition,
                villageWorkFrom, villageWorkTo, delegatedToCommittee);
        CurrentTitle title = new CurrentTitle(titleName, titleLevel, titleObtained,
                "无".equals(titleName) ? null : titleInXinjiang, "无".equals(titleName) ? null : "某人社部门",
                "无".equals(titleName) ? null : "无");
        return new ApplicationContent(noticeId, series, specialty, "无", level, "李明", Gender.MALE, "13899990000",
                ethnicity, "群众", employerUnitCode, employerType, unitLevel, situation,
                education(),
                title, professionStart, 10,
                List.of(new WorkPeriod(professionStart, null, "某单位", "技术员")),
                List.of(), List.copyOf(achievements), List.copyOf(awards), List.copyOf(intellectualProperty),
                List.copyOf(books), List.copyOf(papers),
                List.copyOf(continuingEducation), List.copyOf(assessments), putonghua, socialInsuranceMonths, workSummary,
                pledge);
    }

    private List<EducationEntry> education() {
        if (noEducation) {
            return List.of();
        }
        EducationEntry first = new EducationEntry(education, "新疆大学", "工程", graduated, fullTime, "无", "无");
        return furtherEducation == null ? List.of(first) : List.of(first, furtherEducation);
    }
}
