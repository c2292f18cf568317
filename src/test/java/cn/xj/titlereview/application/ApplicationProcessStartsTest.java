package cn.xj.titlereview.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.xj.titlereview.declaration.ApplicationContent;
import cn.xj.titlereview.declaration.ApplicationForm.CurrentTitleForm;
import cn.xj.titlereview.declaration.ApplicationForm.EducationForm;
import cn.xj.titlereview.declaration.ApplicationForm.SituationForm;
import cn.xj.titlereview.declaration.ApplicationForm;
import cn.xj.titlereview.declaration.ApplicationFormReader;
import cn.xj.titlereview.declaration.DeclarationFacts;
import cn.xj.titlereview.notice.ApplicationFacts;
import cn.xj.titlereview.notice.Education;
import cn.xj.titlereview.notice.EmployerType;
import cn.xj.titlereview.notice.Fact;
import cn.xj.titlereview.notice.Level;
import cn.xj.titlereview.notice.UnitLevel;

class ApplicationProcessStartsTest {

    @Test
    void theNoticeConditionsSeeCodesAndFactsOnly() {
        ApplicationForm f = ApplicationFixtures.complete(ApplicationFixtures.freshIdNumber());
        ApplicationForm outside = new ApplicationForm(f.noticeId(), f.series(), f.specialty(), f.subSpecialty(),
                f.level(), f.name(), f.gender(), f.idNumber(), f.phone(), f.ethnicity(), f.politics(),
                "652900001", "PRIVATE", "PREFECTURE",
                new SituationForm(true, false, false, false, false, false, false, false, false, false, false, null, false, null, null, null, null, null, null, null, null, null, null, null, null, null),
                List.of(new EducationForm("JUNIOR_COLLEGE", "某职业学院", "采矿", "2003-07-01", true, "无", "无"),
                        new EducationForm("BACHELOR", "某大学", "采矿工程", "2008-07-01", false, "无", "无")),
                new CurrentTitleForm("工程师", "INTERMEDIATE", "2014-12-20", false, "某省人社厅", "无"),
                f.professionStartDate(), f.professionYears(), f.workHistory(), f.practice(), f.achievements(),
                f.awards(), f.intellectualProperty(), f.books(), f.papers(), f.continuingEducation(),
                f.annualAssessments(), f.putonghuaLevel(), f.socialInsuranceMonths(), f.workSummary(), f.pledge());
        ApplicationContent content = ApplicationFormReader.read(outside, LocalDate.of(2024, 9, 1), null, null, null)
                .content();

        ApplicationFacts facts = DeclarationFacts.of(content);

        assertThat(facts.level()).isEqualTo(Level.SENIOR_DEPUTY);
        assertThat(facts.education()).isEqualTo(Education.BACHELOR);
        assertThat(facts.employer()).isEqualTo(EmployerType.PRIVATE);
        assertThat(facts.unitLevel()).isEqualTo(UnitLevel.PREFECTURE);
        assertThat(facts.regionCode()).isEqualTo("652900");
        // a full-time 大专 makes a full-time graduate, though the later 本科 was part-time
        assertThat(facts.flags()).containsExactlyInAnyOrder(Fact.VILLAGE_WORK, Fact.TITLE_OBTAINED_OUTSIDE_XINJIANG,
                Fact.FULL_TIME_GRADUATE);
    }

    @Test
    void aFirstApplicationHasNoCurrentTitle() {
        ApplicationForm f = ApplicationFixtures.complete(ApplicationFixtures.freshIdNumber());
        ApplicationForm first = new ApplicationForm(f.noticeId(), f.series(), f.specialty(), f.subSpecialty(),
                "ASSISTANT", f.name(), f.gender(), f.idNumber(), f.phone(), f.ethnicity(), f.politics(),
                f.employerUnitCode(), f.employerType(), f.unitLevel(), f.situation(), f.education(),
                new CurrentTitleForm("无", null, null, null, "无", "无"), f.professionStartDate(), f.professionYears(),
                f.workHistory(), f.practice(), f.achievements(), f.awards(), f.intellectualProperty(), f.books(),
                f.papers(), f.continuingEducation(), f.annualAssessments(), f.putonghuaLevel(),
                f.socialInsuranceMonths(), f.workSummary(), f.pledge());
        ApplicationFormReader.Result read = ApplicationFormReader.read(first, LocalDate.of(2024, 9, 1), null, null, null);
        assertThat(read.problems()).isEmpty();

        assertThat(DeclarationFacts.of(read.content()).flags())
                .containsExactlyInAnyOrder(Fact.FIRST_APPLICATION, Fact.FULL_TIME_GRADUATE);
    }
}
