package cn.xj.titlereview.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.core.io.Resource;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import cn.xj.titlereview.declaration.ApplicationForm;
import cn.xj.titlereview.declaration.ApplicationForm.AccomplishmentForm;
import cn.xj.titlereview.declaration.ApplicationForm.AssessmentForm;
import cn.xj.titlereview.declaration.ApplicationForm.ContinuingEducationForm;
import cn.xj.titlereview.declaration.ApplicationForm.CurrentTitleForm;
import cn.xj.titlereview.declaration.ApplicationForm.EducationForm;
import cn.xj.titlereview.declaration.ApplicationForm.PledgeForm;
import cn.xj.titlereview.declaration.ApplicationForm.SituationForm;
import cn.xj.titlereview.declaration.ApplicationForm.WorkPeriodForm;
import cn.xj.titlereview.declaration.IdNumbers;

/** config/demo/campaign.yml: per notice, when its applicants declare, what they declare and what happens to it. */
record DemoCampaignFile(List<NoticeCampaign> notices) {

    static final String LOCATION = "classpath:config/demo/campaign.yml";

    static DemoCampaignFile read(Resource resource) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).findAndRegisterModules()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = resource.getInputStream()) {
            return yaml.readValue(in, DemoCampaignFile.class);
        }
    }

    record NoticeCampaign(String notice, LocalDateTime at, Declaration declaration, List<DemoApplication> applications) {
    }

    /** What a task key or stage of the plan stands for: leave the application there, or return it there once. */
    record Plan(String returnAt, String stopAt) {
        boolean toEnd() {
            return stopAt == null || "end".equals(stopAt);
        }
    }

    record DemoApplication(String applicant, String name, String gender, String idNumber, Plan plan) {
        String fullIdNumber() {
            return idNumber + IdNumbers.checkCharacter(idNumber);
        }
    }

    /** The declaration every applicant of a notice makes (values that meet the notice's conditions). */
    record Declaration(String series, String specialty, String level, String unitCode, String unitLevel, String school,
                       String major, LocalDate graduated, String titleName, String titleLevel, LocalDate titleObtained,
                       LocalDate professionStart, int professionYears, List<Integer> continuingEducation,
                       List<Integer> assessments, boolean firstApplication, String workSummary, Integer workSummaryRepeat) {

        ApplicationForm form(String noticeId, DemoApplication who, LocalDate today) {
            SituationForm situation = new SituationForm(false, false, false, false, firstApplication, false, false,
                    false, false, false, false, null, false, null, null, null, null, null, null, null, null, null,
                    null, null, null, null);
            CurrentTitleForm title = titleLevel == null
                    ? new CurrentTitleForm("无", null, null, null, null, null)
                    : new CurrentTitleForm(titleName, titleLevel, titleObtained.toString(), true,
                    "新疆维吾尔自治区人力资源和社会保障厅", "无");
            LocalDate achievedFrom = titleObtained == null ? professionStart : titleObtained;
            List<ContinuingEducationForm> education = new ArrayList<>();
            IntStream.rangeClosed(continuingEducation.get(0), continuingEducation.get(1))
                    .forEach(year -> education.add(new ContinuingEducationForm(year, 40, 70)));
            List<AssessmentForm> ratings = new ArrayList<>();
            IntStream.rangeClosed(assessments.get(0), assessments.get(1))
                    .forEach(year -> ratings.add(new AssessmentForm(year, "QUALIFIED")));
            String summary = workSummaryRepeat == null ? workSummary : workSummary.repeat(workSummaryRepeat);
            return new ApplicationForm(noticeId, series, specialty, "无", level, who.name(), who.gender(),
                    who.fullIdNumber(), "13899990000", "汉族", "群众", unitCode, "PUBLIC_INSTITUTION", unitLevel,
                    situation,
                    List.of(new EducationForm("BACHELOR", school, major, graduated.toString(), true, "无", "无")),
                    title, professionStart.toString(), professionYears,
                    List.of(new WorkPeriodForm(professionStart.toString(), null, "本单位技术部门", "专业技术人员")),
                    List.of(new AccomplishmentForm("重点工程项目现场技术负责", professionStart.plusMonths(1).toString(),
                            professionStart.plusMonths(9).toString(), "技术负责人", "负责项目技术方案编制和现场技术指导。")),
                    List.of(new AccomplishmentForm("工艺改进与质量提升", achievedFrom.plusMonths(6).toString(),
                            achievedFrom.plusMonths(11).toString(), "无", "提出改进方案并组织实施，效果良好。")),
                    List.of(), List.of(), List.of(), List.of(), education, ratings, "SECOND_B", 12, summary,
                    new PledgeForm(true, today.toString()));
        }
    }
}
