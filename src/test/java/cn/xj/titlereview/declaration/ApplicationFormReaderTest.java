package cn.xj.titlereview.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.xj.titlereview.application.ApplicationApiH2Test;
import cn.xj.titlereview.application.ApplicationFixtures;
import cn.xj.titlereview.application.ApplicationRoundTripContract;
import cn.xj.titlereview.declaration.ApplicationForm.AccomplishmentForm;
import cn.xj.titlereview.declaration.ApplicationForm.AssessmentForm;
import cn.xj.titlereview.declaration.ApplicationForm.AwardForm;
import cn.xj.titlereview.declaration.ApplicationForm.ContinuingEducationForm;
import cn.xj.titlereview.declaration.ApplicationForm.CurrentTitleForm;

class ApplicationFormReaderTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void aCompleteFormReadsWithoutProblems() {
        ApplicationFormReader.Result read = read(ApplicationFixtures.complete(ApplicationFixtures.freshIdNumber()));
        assertThat(read.problems()).isEmpty();
        assertThat(read.idNumber()).isInstanceOf(ApplicationFormReader.NewNumber.class);
        assertThat(read.content().workHistory().get(1).to()).isNull();
    }

    @Test
    void theMaskedNumberSentBackMeansUnchanged() {
        String id = ApplicationFixtures.freshIdNumber();
        ApplicationForm form = ApplicationApiH2Test.withId(ApplicationFixtures.complete(id), IdNumbers.mask(id));
        ApplicationFormReader.Result read = ApplicationFormReader.read(form, TODAY, IdNumbers.mask(id), null, null);
        assertThat(read.problems()).isEmpty();
        assertThat(read.idNumber()).isInstanceOf(ApplicationFormReader.Unchanged.class);

        ApplicationFormReader.Result other = ApplicationFormReader.read(form, TODAY, "650102********0000", null, null);
        assertThat(rules(other)).containsExactly("idNumber:格式");
    }

    @Test
    void emptyAndNullItemsAreRefused() {
        ApplicationForm f = ApplicationFixtures.complete(null);
        List<AwardForm> awards = new ArrayList<>();
        awards.add(new AwardForm(null, null, null));
        awards.add(null);
        assertThat(rules(read(withAwards(f, awards)))).containsExactly("awards[0]:必填", "awards[1]:必填");
    }

    @Test
    void listsHaveALimit() {
        ApplicationForm f = ApplicationFixtures.complete(null);
        List<AwardForm> awards = Collections.nCopies(51, new AwardForm("先进个人", "某单位", "2020-01-01"));
        assertThat(rules(read(withAwards(f, awards)))).containsExactly("awards:数量");
    }

    @Test
    void yearsAppearOnceAndNotInTheFuture() {
        ApplicationForm f = ApplicationFixtures.complete(null);
        ApplicationForm twice = new ApplicationForm(f.noticeId(), f.series(), f.specialty(), f.subSpecialty(),
                f.level(), f.name(), f.gender(), f.idNumber(), f.phone(), f.ethnicity(), f.politics(),
                f.employerUnitCode(), f.employerType(), f.unitLevel(), f.situation(), f.education(), f.currentTitle(),
                f.professionStartDate(), f.professionYears(), f.workHistory(), f.practice(), f.achievements(),
                f.awards(), f.intellectualProperty(), f.books(), f.papers(),
                List.of(new ContinuingEducationForm(2023, 30, 60), new ContinuingEducationForm(2023, 30, 60),
                        new ContinuingEducationForm(2027, 30, 60), new ContinuingEducationForm(2024, -1, 60)),
                List.of(new AssessmentForm(2022, "合格"), new AssessmentForm(2022, "良好")),
                f.putonghuaLevel(), f.socialInsuranceMonths(), f.workSummary(), f.pledge());
        assertThat(rules(read(twice))).containsExactlyInAnyOrder(
                "continuingEducation[1].year:重复", "continuingEducation[2].year:日期",
                "continuingEducation[3].publicHours:范围", "annualAssessments[1].year:重复",
                "annualAssessments[1].rating:取值");
    }

    @Test
    void anAidPostingEndsAfterItBeginsAndBelongsToAidXinjiangStaff() {
        ApplicationForm f = ApplicationFixtures.complete(null);
        ApplicationForm.SituationForm s = f.situation();
        ApplicationForm.SituationForm reversed = new ApplicationForm.SituationForm(s.villageWork(), true,
                s.delegatedEvaluation(), s.transferredFromGovernmentOrgan(), s.firstApplication(), s.skilledWorker(),
                s.foreignNational(), s.retired(), s.civilServant(), s.referenceCivilServant(), s.underDiscipline(),
                null, s.underCriminalPenalty(), null, null, null, null, null, "2025-03-01", "2024-03-01", null, null, null, null, null, null);
        ApplicationForm.SituationForm notAid = new ApplicationForm.SituationForm(s.villageWork(), false,
                s.delegatedEvaluation(), s.transferredFromGovernmentOrgan(), s.firstApplication(), s.skilledWorker(),
                s.foreignNational(), s.retired(), s.civilServant(), s.referenceCivilServant(), s.underDiscipline(),
                null, s.underCriminalPenalty(), null, null, null, null, null, "2024-03-01", "2027-02-28", null, null, null, null, null, null);
        ApplicationForm.SituationForm posted = new ApplicationForm.SituationForm(s.villageWork(), true,
                s.delegatedEvaluation(), s.transferredFromGovernmentOrgan(), s.firstApplication(), s.skilledWorker(),
                s.foreignNational(), s.retired(), s.civilServant(), s.referenceCivilServant(), s.underDiscipline(),
                null, s.underCriminalPenalty(), null, null, null, null, null, "2025-03-01", "2027-02-28", null, null, null, null, null, null);

        assertThat(rules(read(withSituation(f, reversed)))).containsExactly("situation.aidPostingTo:顺序");
        assertThat(rules(read(withSituation(f, notAid)))).containsExactly("situation.aidPostingFrom:一致性");
        ApplicationFormReader.Result read = read(withSituation(f, posted));
        assertThat(read.problems()).isEmpty();
        assertThat(read.content().situation().aidPostingTo()).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void aPostingDateBelongsToStaffPostedFromOutside() {
        ApplicationForm f = ApplicationFixtures.complete(null);
        ApplicationForm.SituationForm s = f.situation();
        ApplicationForm.SituationForm registered = new ApplicationForm.SituationForm(s.villageWork(), false,
                s.delegatedEvaluation(), s.transferredFromGovernmentOrgan(), s.firstApplication(), s.skilledWorker(),
                s.foreignNational(), s.retired(), s.civilServant(), s.referenceCivilServant(), s.underDiscipline(),
                null, s.underCriminalPenalty(), null, null, null, null, null, null, null, "营业执照在本地区注册的民营企业专业技术人员",
                "2023-03-01", null, null, null, null);
        ApplicationForm.SituationForm posted = new ApplicationForm.SituationForm(s.villageWork(), false,
                s.delegatedEvaluation(), s.transferredFromGovernmentOrgan(), s.firstApplication(), s.skilledWorker(),
                s.foreignNational(), s.retired(), s.civilServant(), s.referenceCivilServant(), s.underDiscipline(),
                null, s.underCriminalPenalty(), null, null, null, null, null, null, null, "POSTED_FROM_OUTSIDE",
                "2023-03-01", null, null, null, null);
        ApplicationForm.SituationForm unknown = new ApplicationForm.SituationForm(s.villageWork(), false,
                s.delegatedEvaluation(), s.transferredFromGovernmentOrgan(), s.firstApplication(), s.skilledWorker(),
                s.foreignNational(), s.retired(), s.civilServant(), s.referenceCivilServant(), s.underDiscipline(),
                null, s.underCriminalPenalty(), null, null, null, null, null, null, null, "FOREIGN", null, null, null, null, null);

        assertThat(rules(read(withSituation(f, registered)))).containsExactly("situation.postedInAreaSince:一致性");
        assertThat(rules(read(withSituation(f, unknown)))).containsExactly("situation.privateTrackGroup:取值");
        ApplicationFormReader.Result read = read(withSituation(f, posted));
        assertThat(read.problems()).isEmpty();
        assertThat(read.content().situation().privateTrackGroup()).isEqualTo(PrivateTrackGroup.POSTED_FROM_OUTSIDE);
    }

    /** The fixture's situation with the path's answers. */
    private static ApplicationForm.SituationForm path(ApplicationForm f, Boolean villageWork, Boolean direct,
                                                      String from, String to, Boolean delegated, String committee) {
        ApplicationForm.SituationForm s = f.situation();
        return new ApplicationForm.SituationForm(villageWork, s.aidXinjiang(), delegated,
                s.transferredFromGovernmentOrgan(), s.firstApplication(), s.skilledWorker(), s.foreignNational(),
                s.retired(), s.civilServant(), s.referenceCivilServant(), s.underDiscipline(), null,
                s.underCriminalPenalty(), null, null, null, null, null, null, null, null, null, direct, from, to, committee);
    }

    @Test
    void directRecognitionRestsOnVillageWorkWithItsPostingInOrder() {
        ApplicationForm f = ApplicationFixtures.complete(null);
        ApplicationFormReader.Result ok = read(withSituation(f, path(f, true, true, "2018-03-01", null, false, null)));
        assertThat(ok.problems()).isEmpty();
        assertThat(ok.content().situation().villageWorkFrom()).isEqualTo(LocalDate.of(2018, 3, 1));
        assertThat(ok.content().situation().asksDirectRecognition()).isTrue();

        assertThat(rules(read(withSituation(f, path(f, false, true, null, null, false, null)))))
                .containsExactly("situation.directRecognition:申报途径");
        assertThat(rules(read(withSituation(f, path(f, false, false, "2018-03-01", null, false, null)))))
                .containsExactly("situation.villageWorkFrom:一致性");
        assertThat(rules(read(withSituation(f, path(f, true, true, "2021-03-01", "2020-03-01", false, null)))))
                .containsExactly("situation.villageWorkTo:顺序");
    }

    @Test
    void directRecognitionIsNeverDelegatedAndRecognisesOnlyTheNextLevel() {
        ApplicationForm f = ApplicationFixtures.complete(null);
        assertThat(rules(read(withSituation(f, path(f, true, true, "2018-03-01", null, true, "650201")))))
                .containsExactly("situation.delegatedEvaluation:申报途径");

        // the fixture holds 中级 (工程师) and asks for 副高级: the next level; 正高级 is not
        ApplicationForm full = withSituation(f, path(f, true, true, "2018-03-01", null, false, null));
        ApplicationForm tooHigh = new ApplicationForm(full.noticeId(), full.series(), full.specialty(),
                full.subSpecialty(), "SENIOR_FULL", full.name(), full.gender(), full.idNumber(), full.phone(),
                full.ethnicity(), full.politics(), full.employerUnitCode(), full.employerType(), full.unitLevel(),
                full.situation(), full.education(), full.currentTitle(), full.professionStartDate(),
                full.professionYears(), full.workHistory(), full.practice(), full.achievements(), full.awards(),
                full.intellectualProperty(), full.books(), full.papers(), full.continuingEducation(),
                full.annualAssessments(), full.putonghuaLevel(), full.socialInsuranceMonths(), full.workSummary(),
                full.pledge());
        ApplicationFormReader.Result read = read(tooHigh);
        assertThat(rules(read)).containsExactly("level:申报途径");
        assertThat(read.problems().get(0).message()).isEqualTo(
                "直接认定只认定现专业的高一级职称：现职称为中级，申报级别应为副高级，而不是正高级");
    }

    @Test
    void theLettersCommitteeIsACodeAndBelongsToADelegation() {
        ApplicationForm f = ApplicationFixtures.complete(null);
        assertThat(read(withSituation(f, path(f, false, false, null, null, true, "650201"))).problems()).isEmpty();
        assertThat(rules(read(withSituation(f, path(f, false, false, null, null, true, "自治区评委会")))))
                .containsExactly("situation.delegatedToCommittee:格式");
        assertThat(rules(read(withSituation(f, path(f, false, false, null, null, false, "650201")))))
                .containsExactly("situation.delegatedToCommittee:一致性");
    }

    private static ApplicationForm withSituation(ApplicationForm f, ApplicationForm.SituationForm situation) {
        return new ApplicationForm(f.noticeId(), f.series(), f.specialty(), f.subSpecialty(),
                f.level(), f.name(), f.gender(), f.idNumber(), f.phone(), f.ethnicity(), f.politics(),
                f.employerUnitCode(), f.employerType(), f.unitLevel(), situation, f.education(), f.currentTitle(),
                f.professionStartDate(), f.professionYears(), f.workHistory(), f.practice(), f.achievements(),
                f.awards(), f.intellectualProperty(), f.books(), f.papers(), f.continuingEducation(),
                f.annualAssessments(), f.putonghuaLevel(), f.socialInsuranceMonths(), f.workSummary(), f.pledge());
    }

    @Test
    void noCurrentTitleMeansNoLevelOrDate() {
        ApplicationForm f = ApplicationFixtures.complete(null);
        ApplicationForm none = new ApplicationForm(f.noticeId(), f.series(), f.specialty(), f.subSpecialty(),
                f.level(), f.name(), f.gender(), f.idNumber(), f.phone(), f.ethnicity(), f.politics(),
                f.employerUnitCode(), f.employerType(), f.unitLevel(), f.situation(), f.education(),
                new CurrentTitleForm("无", "INTERMEDIATE", "2014-12-20", true, "无", "无"), f.professionStartDate(),
                f.professionYears(), f.workHistory(), f.practice(), f.achievements(), f.awards(),
                f.intellectualProperty(), f.books(), f.papers(), f.continuingEducation(), f.annualAssessments(),
                f.putonghuaLevel(), f.socialInsuranceMonths(), f.workSummary(), f.pledge());
        assertThat(rules(read(none))).containsExactly("currentTitle.name:一致性");
    }

    @Test
    void theSameAchievementIsRecognisedDespiteSpacingAndPunctuation() {
        assertThat(ApplicationFormReader.comparable(" 阿舍勒铜矿 选矿厂扩建（一期）。"))
                .isEqualTo(ApplicationFormReader.comparable("阿舍勒铜矿选矿厂扩建(一期)"));
        assertThat(ApplicationFormReader.comparable("无")).isNull();
        ApplicationForm f = ApplicationFixtures.complete(null);
        ApplicationForm twoNothings = new ApplicationForm(f.noticeId(), f.series(), f.specialty(), f.subSpecialty(),
                f.level(), f.name(), f.gender(), f.idNumber(), f.phone(), f.ethnicity(), f.politics(),
                f.employerUnitCode(), f.employerType(), f.unitLevel(), f.situation(), f.education(), f.currentTitle(),
                f.professionStartDate(), f.professionYears(), f.workHistory(),
                List.of(new AccomplishmentForm("无", null, null, "无", "无")),
                List.of(new AccomplishmentForm("无", null, null, "无", "无")),
                f.awards(), f.intellectualProperty(), f.books(), f.papers(), f.continuingEducation(),
                f.annualAssessments(), f.putonghuaLevel(), f.socialInsuranceMonths(), f.workSummary(), f.pledge());
        assertThat(rules(read(twoNothings))).isEmpty();
    }

    @Test
    void controlCharactersAreRefusedButLineBreaksKept() {
        ApplicationForm f = ApplicationFixtures.complete(null);
        assertThat(rules(read(ApplicationRoundTripContract.withSummary(f, "第一段\n第二段\t完")))).isEmpty();
        assertThat(rules(read(ApplicationRoundTripContract.withSummary(f, "带\u0000空字符")))).containsExactly(
                "workSummary:字符");
    }

    private static ApplicationFormReader.Result read(ApplicationForm form) {
        return ApplicationFormReader.read(form, TODAY, null, null, null);
    }

    private static List<String> rules(ApplicationFormReader.Result read) {
        return read.problems().stream().map(p -> p.field() + ":" + p.rule()).toList();
    }

    private static ApplicationForm withAwards(ApplicationForm f, List<AwardForm> awards) {
        return new ApplicationForm(f.noticeId(), f.series(), f.specialty(), f.subSpecialty(), f.level(), f.name(),
                f.gender(), f.idNumber(), f.phone(), f.ethnicity(), f.politics(), f.employerUnitCode(),
                f.employerType(), f.unitLevel(), f.situation(), f.education(), f.currentTitle(),
                f.professionStartDate(), f.professionYears(), f.workHistory(), f.practice(), f.achievements(),
                awards, f.intellectualProperty(), f.books(), f.papers(), f.continuingEducation(),
                f.annualAssessments(), f.putonghuaLevel(), f.socialInsuranceMonths(), f.workSummary(), f.pledge());
    }

}
