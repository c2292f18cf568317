package cn.xj.titlereview.declaration;

import java.time.LocalDate;
import java.util.List;

import cn.xj.titlereview.notice.EmployerType;
import cn.xj.titlereview.notice.Level;
import cn.xj.titlereview.notice.UnitLevel;

/**
 * What the applicant declares, typed and checked (everything but the ID number, which is only
 * kept encrypted). Null: not filled in yet (allowed in a draft, refused at submission); text with
 * nothing to say holds "无".
 */
public record ApplicationContent(
        String noticeId,
        String series,
        String specialty,
        String subSpecialty,
        Level level,
        String name,
        Gender gender,
        String phone,
        String ethnicity,
        String politics,
        String employerUnitCode,
        EmployerType employerType,
        UnitLevel unitLevel,
        Situation situation,
        List<EducationEntry> education,
        CurrentTitle currentTitle,
        LocalDate professionStartDate,
        Integer professionYears,
        List<WorkPeriod> workHistory,
        List<Accomplishment> practice,
        List<Accomplishment> achievements,
        List<Award> awards,
        List<IntellectualProperty> intellectualProperty,
        List<Book> books,
        List<Paper> papers,
        List<ContinuingEducationYear> continuingEducation,
        List<AnnualAssessment> annualAssessments,
        PutonghuaLevel putonghuaLevel,
        Integer socialInsuranceMonths,
        String workSummary,
        Pledge pledge) {

    public ApplicationContent {
        situation = situation == null ? Situation.NONE : situation;
        education = copy(education);
        workHistory = copy(workHistory);
        practice = copy(practice);
        achievements = copy(achievements);
        awards = copy(awards);
        intellectualProperty = copy(intellectualProperty);
        books = copy(books);
        papers = copy(papers);
        continuingEducation = copy(continuingEducation);
        annualAssessments = copy(annualAssessments);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
