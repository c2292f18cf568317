package cn.xj.titlereview.application;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;

import cn.xj.titlereview.declaration.ApplicationForm.AccomplishmentForm;
import cn.xj.titlereview.declaration.ApplicationForm.AssessmentForm;
import cn.xj.titlereview.declaration.ApplicationForm.ContinuingEducationForm;
import cn.xj.titlereview.declaration.ApplicationForm.CurrentTitleForm;
import cn.xj.titlereview.declaration.ApplicationForm.EducationForm;
import cn.xj.titlereview.declaration.ApplicationForm.PaperForm;
import cn.xj.titlereview.declaration.ApplicationForm.PledgeForm;
import cn.xj.titlereview.declaration.ApplicationForm.SituationForm;
import cn.xj.titlereview.declaration.ApplicationForm.WorkPeriodForm;
import cn.xj.titlereview.declaration.ApplicationForm;
import cn.xj.titlereview.declaration.IdNumbersTest;
import cn.xj.titlereview.support.DemoUsers;

/** Complete applications with fresh, valid ID numbers (one person per notice). */
public final class ApplicationFixtures {

    static final String NOTICE = "notice-2099-test-declare";
    static final String PASSWORD = DemoUsers.PASSWORD;
    private static final java.util.Set<String> ISSUED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private ApplicationFixtures() {
    }

    /**
     * A male applicant's number not used before: random birth date (1970-1999) and sequence, since
     * the H2 test database may outlive one run.
     */
    public static String freshIdNumber() {
        while (true) {
            java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
            LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(random.nextInt(365 * 30));
            String id = IdNumbersTest.valid("650102", birth, random.nextInt(500) * 2 + 1);
            if (ISSUED.add(id)) {
                return id;
            }
        }
    }

    public static ApplicationForm complete(String idNumber) {
        return new ApplicationForm(
                NOTICE, "工程系列", "有色金属", "无", "SENIOR_DEPUTY",
                "张伟", "MALE", idNumber, "13899990000", "汉族", "中共党员",
                "650100001", "PUBLIC_INSTITUTION", "REGION",
                new SituationForm(false, false, false, false, false, false, false, false, false, false, false, null, false, null, null, null, null, null, null, null, null, null, null, null, null, null),
                List.of(new EducationForm("BACHELOR", "新疆大学", "冶金工程", "2007-07-01", true, "工学学士",
                        "107551200705000123")),
                new CurrentTitleForm("工程师", "INTERMEDIATE", "2014-12-20", true, "新疆维吾尔自治区人力资源和社会保障厅", "无"),
                "2007-08-01", 17,
                List.of(new WorkPeriodForm("2007-08-01", "2015-06-30", "乌鲁木齐某有色金属设计院", "工艺设计员"),
                        new WorkPeriodForm("2015-07-01", null, "乌鲁木齐某有色金属设计院", "工艺设计室主任")),
                List.of(new AccomplishmentForm("阿舍勒铜矿选矿厂扩建工程工艺设计", "2016-03-01", "2018-10-31", "项目负责人",
                        "主持选矿工艺流程设计，完成设计工作量约60%。")),
                List.of(new AccomplishmentForm("低品位铜矿浮选工艺优化研究", "2019-01-01", "2021-12-31", "主持",
                        "提出分段浮选方案，回收率提高3.2个百分点。")),
                List.of(), List.of(), List.of(),
                List.of(new PaperForm("低品位硫化铜矿浮选药剂制度研究", "有色金属工程", "2020-05-01", "第一作者")),
                List.of(new ContinuingEducationForm(2021, 30, 60), new ContinuingEducationForm(2022, 30, 60),
                        new ContinuingEducationForm(2023, 30, 72), new ContinuingEducationForm(2024, 30, 64)),
                List.of(new AssessmentForm(2021, "QUALIFIED"), new AssessmentForm(2022, "EXCELLENT"),
                        new AssessmentForm(2023, "EXCELLENT")),
                "SECOND_B", 204,
                "任现职以来，本人主要从事有色金属选矿工艺设计与技术研究工作，主持完成多项工程设计。",
                new PledgeForm(true, "2024-09-01"));
    }

    /** Deploys the test notice's process once per database. */
    static void deployTestNotice(RepositoryService repositoryService) {
        repositoryService.createDeployment()
                .name("test-notice")
                .enableDuplicateFiltering(true)
                .addClasspathResource("application/notice-2099-test-declare.bpmn")
                .deploy();
    }
}
