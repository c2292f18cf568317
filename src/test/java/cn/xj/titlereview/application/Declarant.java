package cn.xj.titlereview.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import cn.xj.titlereview.declaration.IdNumbersTest;

/**
 * A demo applicant's complete declaration for one notice, as they type it into the page: every
 * section of the form, values that meet the notice's conditions (as in the eligibility rule tests).
 */
record Declarant(String user, String noticeId, Instant now, String region, LocalDate born, String name,
                 String gender, String series, String specialty, String level, String unitCode, String unitLevel,
                 String education, String school, String major, LocalDate graduated, String titleName,
                 String titleLevel, LocalDate titleObtained, LocalDate professionStart, int professionYears,
                 int publicFrom, int professionalFrom, int educationTo, int assessmentFrom, int assessmentTo,
                 String workSummary, boolean firstApplication) {

    static Declarant senior() {
        return new Declarant("sbxj01", "notice-2024-xj-senior-five-series", Instant.parse("2024-09-02T02:00:00Z"),
                "650102", LocalDate.of(1982, 3, 14), "张伟", "男", "工程系列", "有色金属", "正高级", "650100001", "自治区级",
                "本科", "新疆大学", "冶金工程", LocalDate.of(2005, 7, 1), "高级工程师", "副高级", LocalDate.of(2017, 12, 1),
                LocalDate.of(2005, 8, 1), 19, 2020, 2021, 2024, 2021, 2023,
                "任现职以来，主持有色金属选矿工艺设计与技术研究，完成多项工程设计，解决了低品位矿石回收率低的问题。", false);
    }

    static Declarant nonferrous() {
        return new Declarant("sbys01", "notice-2021-xj-nonferrous", Instant.parse("2021-09-22T02:00:00Z"),
                "650103", LocalDate.of(1983, 6, 2), "王芳", "女", "工程系列", "有色金属", "副高级", "650100001", "自治区级",
                "本科", "中南大学", "矿物加工工程", LocalDate.of(2005, 7, 1), "工程师", "中级", LocalDate.of(2012, 12, 1),
                LocalDate.of(2005, 8, 1), 16, 2016, 2021, 2021, 2018, 2020,
                "任现职以来，本人从事有色金属冶炼工艺技术工作，负责生产工艺优化、技术攻关与质量管理，持续改进流程。".repeat(50), false);
    }

    static Declarant akesu() {
        return new Declarant("sbaks01", "notice-2024-akesu-coal", Instant.parse("2024-07-25T02:00:00Z"),
                "652901", LocalDate.of(1981, 11, 20), "阿不都热合曼", "男", "工程系列", "煤炭", "副高级", "652900001", "地州市级",
                "本科", "中国矿业大学", "采矿工程", LocalDate.of(2005, 7, 1), "工程师", "中级", LocalDate.of(2012, 12, 1),
                LocalDate.of(2005, 8, 1), 19, 2021, 2021, 2024, 2021, 2023,
                "任现职以来，负责煤矿采掘工作面设计与安全技术管理，组织完成综采工作面技术改造，提升了安全生产水平。", false);
    }

    static Declarant hami() {
        return new Declarant("sbhm01", "notice-2023-hami-all-series", Instant.parse("2023-09-15T02:00:00Z"),
                "650502", LocalDate.of(1990, 4, 8), "李娜", "女", "新闻系列", "记者", "中级", "650500001", "地州市级",
                "本科", "新疆师范大学", "新闻学", LocalDate.of(2012, 7, 1), "助理记者", "助理级", LocalDate.of(2018, 9, 1),
                LocalDate.of(2012, 8, 1), 11, 2021, 2021, 2023, 2020, 2022,
                "任现职以来，从事农业农村新闻采编工作，采写稿件三百余篇，多篇作品被自治区级媒体采用。", false);
    }

    static Declarant hejing() {
        return new Declarant("sbhj01", "notice-2024-hejing-initial-junior", Instant.parse("2024-10-11T02:00:00Z"),
                "652827", LocalDate.of(2000, 3, 5), "古再丽努尔", "女", "工程系列", "建筑", "助理级", "652827001", "县级及以下",
                "本科", "新疆农业大学", "土木工程", LocalDate.of(2023, 7, 1), "无", null, null,
                LocalDate.of(2023, 7, 15), 1, 2024, 2024, 2024, 2023, 2023,
                "参加工作以来，从事建筑工程施工技术与质量检查工作，参与完成两项校舍维修工程的现场技术管理。", true);
    }

    @Override
    public String toString() {
        return user + " → " + noticeId;
    }

    /** A valid GB 11643 number not used before (the H2 database may outlive one run). */
    String freshIdNumber() {
        int sequence = ThreadLocalRandom.current().nextInt(500) * 2 + ("女".equals(gender) ? 0 : 1);
        LocalDate birth = born.plusDays(ThreadLocalRandom.current().nextInt(200));
        return IdNumbersTest.valid(region, birth, sequence);
    }

    LocalDate today() {
        return now.atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate();
    }

    /** Fills in every section of the form. */
    void fillIn(DeclarationPage page, String idNumber) {
        page.choose("series", series).type("specialty", specialty).none("subSpecialty").choose("level", level)
                .type("name", name).choose("gender", gender).type("idNumber", idNumber).type("phone", "13899990000")
                .type("ethnicity", "汉族").type("politics", "群众").type("employerUnitCode", unitCode)
                .choose("employerType", "事业单位").choose("unitLevel", unitLevel);

        page.allNo("situation");
        if (firstApplication) {
            page.yesNo("situation.firstApplication", true);
        }

        page.choose("education[0].level", education).type("education[0].school", school).type("education[0].major", major)
                .type("education[0].graduationDate", graduated).yesNo("education[0].fullTime", true)
                .none("education[0].degree").none("education[0].certificateNo");

        if (titleLevel == null) {
            page.none("currentTitle.name");
        } else {
            page.type("currentTitle.name", titleName).choose("currentTitle.level", titleLevel)
                    .type("currentTitle.obtainedOn", titleObtained).yesNo("currentTitle.obtainedInXinjiang", true)
                    .type("currentTitle.issuer", "新疆维吾尔自治区人力资源和社会保障厅").none("currentTitle.certificateNo");
        }
        page.type("professionStartDate", professionStart).type("professionYears", professionYears);

        page.type("workHistory[0].from", professionStart).type("workHistory[0].unit", "本单位技术部门")
                .type("workHistory[0].position", "专业技术人员");

        page.addRow("practice").type("practice[0].title", "重点工程项目现场技术负责").type("practice[0].from", professionStart.plusMonths(1))
                .type("practice[0].to", professionStart.plusMonths(9)).type("practice[0].role", "技术负责人")
                .type("practice[0].description", "负责项目技术方案编制和现场技术指导。");
        // achievements since the current title (the non-ferrous notice counts nothing older)
        LocalDate achievedFrom = titleObtained == null ? professionStart : titleObtained;
        page.addRow("achievements").type("achievements[0].title", "工艺改进与质量提升").type("achievements[0].from", achievedFrom.plusMonths(6))
                .type("achievements[0].to", achievedFrom.plusMonths(11)).none("achievements[0].role")
                .type("achievements[0].description", "提出改进方案并组织实施，效果良好。");

        int educationFrom = Math.min(publicFrom, professionalFrom);
        IntStream.rangeClosed(educationFrom, educationTo).forEach(year -> {
            int row = year - educationFrom;
            page.addRow("continuingEducation");
            page.type("continuingEducation[" + row + "].year", year).type("continuingEducation[" + row + "].publicHours", 40)
                    .type("continuingEducation[" + row + "].professionalHours", 70);
        });
        IntStream.rangeClosed(assessmentFrom, assessmentTo).forEach(year -> {
            int row = year - assessmentFrom;
            page.addRow("annualAssessments");
            page.type("annualAssessments[" + row + "].year", year).choose("annualAssessments[" + row + "].rating", "合格");
        });
        page.choose("putonghuaLevel", "二级乙等").type("socialInsuranceMonths", 12);
        page.type("workSummary", workSummary);
        page.check("pledge.accepted").type("pledge.date", today());
    }
}
