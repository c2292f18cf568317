package cn.xj.titlereview.document;

import java.time.Instant;
import java.util.List;

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
import cn.xj.titlereview.declaration.ApplicationForm;
import cn.xj.titlereview.document.pdf.DocumentTemplates;
import cn.xj.titlereview.document.pdf.PdfRenderer;
import cn.xj.titlereview.document.settings.DocumentProperties;

/** A submitted senior engineer's form with something in every list, and the renderer as configured by default. */
final class DocumentFixtures {

    static final DocumentProperties PROPERTIES = new DocumentProperties(
            java.nio.file.Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
            java.nio.file.Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            java.nio.file.Path.of("config/documents"), "http://localhost:8080", 20);

    private DocumentFixtures() {
    }

    static DocumentTemplates templates() {
        return new DocumentTemplates(PROPERTIES);
    }

    static PdfRenderer renderer() {
        return new PdfRenderer(PROPERTIES);
    }

    static SubmittedApplication submitted() {
        return new SubmittedApplication("ZC2024-000042", 2, Instant.parse("2024-09-10T03:15:00Z"), "650102********123X",
                form(), List.of(new SubmittedApplication.Page("p1", "photo")));
    }

    static ApplicationForm form() {
        return new ApplicationForm(
                "notice-2024-xj-senior-five-series", "工程系列", "有色金属", "无", "SENIOR_FULL",
                "张伟", "MALE", "650102********123X", "13899990000", "汉族", "中共党员",
                "650100001", "PUBLIC_INSTITUTION", "REGION",
                new SituationForm(false, false, false, false, false, false, false, false, false, false, false, null,
                        false, null, null, null, null, null, null, null, null, null, false, null, null, null),
                List.of(new EducationForm("BACHELOR", "新疆大学", "冶金工程", "2007-07-01", true, "工学学士", "107551200705000123"),
                        new EducationForm("MASTER", "中南大学", "矿物加工工程", "2012-06-30", false, "工程硕士", "105331201202000456")),
                new CurrentTitleForm("高级工程师", "SENIOR_DEPUTY", "2017-12-20", true, "新疆维吾尔自治区人力资源和社会保障厅",
                        "XJ2017G0123"),
                "2007-08-01", 17,
                List.of(new WorkPeriodForm("2007-08-01", "2015-06-30", "乌鲁木齐某有色金属设计院", "工艺设计员"),
                        new WorkPeriodForm("2015-07-01", "2019-12-31", "乌鲁木齐某有色金属设计院", "工艺设计室副主任"),
                        new WorkPeriodForm("2020-01-01", null, "乌鲁木齐某有色金属设计院", "工艺设计室主任")),
                List.of(new AccomplishmentForm("阿舍勒铜矿选矿厂扩建工程工艺设计", "2016-03-01", "2018-10-31", "项目负责人",
                        "主持选矿工艺流程设计，完成设计工作量约60%，扩建后处理能力由每日4000吨提高到6000吨。")),
                List.of(new AccomplishmentForm("低品位铜矿浮选工艺优化研究", "2019-01-01", "2021-12-31", "主持",
                                "提出分段浮选方案，回收率提高3.2个百分点，年增经济效益约1200万元。"),
                        new AccomplishmentForm("尾矿综合利用示范工程", "2022-03-01", "2023-11-30", "技术负责人",
                                "负责尾矿再选工艺与干排系统设计，项目通过自治区验收。")),
                List.of(new AwardForm("自治区科学技术进步奖二等奖", "新疆维吾尔自治区人民政府", "2022-12-01")),
                List.of(new IntellectualPropertyForm("一种低品位硫化铜矿分段浮选方法", "发明专利", "ZL202110000001.2", "2023-04-18")),
                List.of(new BookForm("有色金属选矿工艺设计实务", "冶金工业出版社", "2021-06-01", "副主编")),
                List.of(new PaperForm("低品位硫化铜矿浮选药剂制度研究", "有色金属工程", "2020-05-01", "第一作者"),
                        new PaperForm("铜尾矿干排工艺设计要点", "矿冶工程", "2023-02-01", "第一作者")),
                List.of(new ContinuingEducationForm(2020, 30, 40), new ContinuingEducationForm(2021, 30, 60),
                        new ContinuingEducationForm(2022, 30, 60), new ContinuingEducationForm(2023, 30, 72),
                        new ContinuingEducationForm(2024, 30, 64)),
                List.of(new AssessmentForm(2021, "QUALIFIED"), new AssessmentForm(2022, "EXCELLENT"),
                        new AssessmentForm(2023, "EXCELLENT")),
                "SECOND_B", 204,
                "任现职以来，本人主要从事有色金属选矿工艺设计与技术研究工作，主持完成多项工程设计。",
                new PledgeForm(true, "2024-09-01"));
    }
}
