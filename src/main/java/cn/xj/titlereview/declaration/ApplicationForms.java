package cn.xj.titlereview.declaration;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

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

/** Content back to the form shape (codes, ISO dates), with the ID number as given (masked). */
public final class ApplicationForms {

    private ApplicationForms() {
    }

    public static ApplicationForm toForm(ApplicationContent c, String maskedIdNumber) {
        return toForm(c, null, maskedIdNumber, null);
    }

    /** With the document's kind and the birth date on record (from the number or declared). */
    public static ApplicationForm toForm(ApplicationContent c, IdType idType, String maskedIdNumber, LocalDate birthDate) {
        Situation s = c.situation();
        CurrentTitle t = c.currentTitle();
        Pledge p = c.pledge();
        return new ApplicationForm(
                c.noticeId(), c.series(), c.specialty(), c.subSpecialty(), code(c.level()),
                c.name(), code(c.gender()), maskedIdNumber == null ? null : code(idType == null ? IdType.DEFAULT : idType),
                maskedIdNumber, date(birthDate), c.phone(), c.ethnicity(), c.politics(),
                c.employerUnitCode(), code(c.employerType()), code(c.unitLevel()),
                new SituationForm(s.villageWork(), s.aidXinjiang(), s.delegatedEvaluation(),
                        s.transferredFromGovernmentOrgan(), s.firstApplication(), s.skilledWorker(), s.foreignNational(),
                        s.retired(), s.civilServant(), s.referenceCivilServant(), s.underDiscipline(),
                        date(s.disciplineEndsOn()), s.underCriminalPenalty(), date(s.criminalPenaltyEndsOn()),
                        code(s.skilledQualification()), date(s.skilledQualificationOn()), s.hrExamScore(),
                        s.hrExamYear(), date(s.aidPostingFrom()), date(s.aidPostingTo()),
                        code(s.privateTrackGroup()), date(s.postedInAreaSince()), s.directRecognition(),
                        date(s.villageWorkFrom()), date(s.villageWorkTo()), s.delegatedToCommittee()),
                map(c.education(), e -> new EducationForm(code(e.level()), e.school(), e.major(),
                        date(e.graduationDate()), e.fullTime(), e.degree(), e.certificateNo())),
                t == null ? null : new CurrentTitleForm(t.name(), code(t.level()), date(t.obtainedOn()),
                        t.obtainedInXinjiang(), t.issuer(), t.certificateNo()),
                date(c.professionStartDate()), c.professionYears(),
                map(c.workHistory(), w -> new WorkPeriodForm(date(w.from()), date(w.to()), w.unit(), w.position())),
                map(c.practice(), ApplicationForms::accomplishment),
                map(c.achievements(), ApplicationForms::accomplishment),
                map(c.awards(), a -> new AwardForm(a.name(), a.grantor(), date(a.date()))),
                map(c.intellectualProperty(), i -> new IntellectualPropertyForm(i.name(), i.kind(), i.number(),
                        date(i.date()))),
                map(c.books(), b -> new BookForm(b.title(), b.publisher(), date(b.date()), b.role())),
                map(c.papers(), x -> new PaperForm(x.title(), x.journal(), date(x.date()), x.authorRank())),
                map(c.continuingEducation(), y -> new ContinuingEducationForm(y.year(), y.publicHours(),
                        y.professionalHours())),
                map(c.annualAssessments(), a -> new AssessmentForm(a.year(), code(a.rating()))),
                code(c.putonghuaLevel()), c.socialInsuranceMonths(), c.workSummary(),
                p == null ? null : new PledgeForm(p.accepted(), date(p.date())));
    }

    private static AccomplishmentForm accomplishment(Accomplishment a) {
        return new AccomplishmentForm(a.title(), date(a.from()), date(a.to()), a.role(), a.description());
    }

    private static <T, F> List<F> map(List<T> items, Function<T, F> f) {
        return items.stream().map(f).toList();
    }

    private static String code(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String date(LocalDate value) {
        return value == null ? null : value.toString();
    }
}
