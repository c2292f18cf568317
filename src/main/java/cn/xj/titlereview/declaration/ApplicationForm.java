package cn.xj.titlereview.declaration;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The application as the applicant fills it in (request of create and update, and the {@code form}
 * part of the answer, so a client can send back what it read). Dates are {@code YYYY-MM-DD}; codes
 * may be given as code or Chinese label. Null: not filled in yet (fine in a draft); text with
 * nothing to say must be "无", never blank. Text is kept exactly as given (HTML included) and only
 * ever returned as JSON string values: it is never interpreted as markup.
 */
@Schema(description = "申报信息")
public record ApplicationForm(
        @Schema(description = "通知编号", example = "notice-2024-xj-senior-five-series") String noticeId,
        @Schema(description = "系列", example = "工程系列") String series,
        @Schema(description = "专业", example = "有色金属") String specialty,
        @Schema(description = "二级专业（没有填“无”）", example = "无") String subSpecialty,
        @Schema(description = "申报级别", example = "SENIOR_FULL",
                allowableValues = {"SENIOR_FULL", "SENIOR_DEPUTY", "INTERMEDIATE", "ASSISTANT", "JUNIOR"}) String level,
        @Schema(description = "姓名", example = "张伟") String name,
        @Schema(description = "性别", allowableValues = {"MALE", "FEMALE"}) String gender,
        @Schema(description = "证件类型（默认居民身份证）", example = "RESIDENT_ID_CARD", allowableValues = {"RESIDENT_ID_CARD",
                "HMT_RESIDENCE_PERMIT", "HK_MACAO_PERMIT", "TAIWAN_PERMIT", "FOREIGN_PERMANENT_RESIDENT", "PASSPORT"})
        String idType,
        @Schema(description = "证件号码（返回时为遮盖形式；原样发回表示不修改；实名注册的申报人取自注册信息）",
                example = "650102********123X") String idNumber,
        @Schema(description = "出生日期（证件号码不含出生日期时填写：港澳、台湾通行证，护照，2023年以前的永居证；含出生日期的以号码为准）")
        String birthDate,
        @Schema(description = "手机或固定电话", example = "13899990000") String phone,
        @Schema(description = "民族", example = "汉族") String ethnicity,
        @Schema(description = "政治面貌", example = "中共党员") String politics,
        @Schema(description = "用人单位代码", example = "650100001") String employerUnitCode,
        @Schema(description = "单位性质", allowableValues = {"GOVERNMENT_ORGAN", "PUBLIC_INSTITUTION", "STATE_ENTERPRISE",
                "PRIVATE", "FREELANCE", "OTHER"}) String employerType,
        @Schema(description = "单位归属", allowableValues = {"REGION", "PREFECTURE", "COUNTY", "OTHER"}) String unitLevel,
        @Schema(description = "相关情况") SituationForm situation,
        @Schema(description = "学历学位") List<EducationForm> education,
        @Schema(description = "现职称") CurrentTitleForm currentTitle,
        @Schema(description = "从事专业技术工作起始日期") String professionStartDate,
        @Schema(description = "从事专业技术工作年限") Integer professionYears,
        @Schema(description = "工作简历") List<WorkPeriodForm> workHistory,
        @Schema(description = "实践能力（经历）") List<AccomplishmentForm> practice,
        @Schema(description = "业绩成果（同一业绩不能与实践能力重复）") List<AccomplishmentForm> achievements,
        @Schema(description = "获奖情况") List<AwardForm> awards,
        @Schema(description = "知识产权") List<IntellectualPropertyForm> intellectualProperty,
        @Schema(description = "著（译）作") List<BookForm> books,
        @Schema(description = "论文") List<PaperForm> papers,
        @Schema(description = "继续教育（每年公需、专业学时）") List<ContinuingEducationForm> continuingEducation,
        @Schema(description = "年度考核") List<AssessmentForm> annualAssessments,
        @Schema(description = "普通话水平", allowableValues = {"FIRST_A", "FIRST_B", "SECOND_A", "SECOND_B", "THIRD_A",
                "THIRD_B", "NONE"}) String putonghuaLevel,
        @Schema(description = "社会保险缴纳月数") Integer socialInsuranceMonths,
        @Schema(description = "任现职以来个人业务工作总结（不得出现本人姓名和工作单位）") String workSummary,
        @Schema(description = "承诺书") PledgeForm pledge) {

    /** The form without document type and declared birth date (a 居民身份证, as before these existed). */
    public ApplicationForm(String noticeId, String series, String specialty, String subSpecialty, String level,
                           String name, String gender, String idNumber, String phone, String ethnicity,
                           String politics, String employerUnitCode, String employerType, String unitLevel,
                           SituationForm situation, List<EducationForm> education, CurrentTitleForm currentTitle,
                           String professionStartDate, Integer professionYears, List<WorkPeriodForm> workHistory,
                           List<AccomplishmentForm> practice, List<AccomplishmentForm> achievements,
                           List<AwardForm> awards, List<IntellectualPropertyForm> intellectualProperty,
                           List<BookForm> books, List<PaperForm> papers,
                           List<ContinuingEducationForm> continuingEducation, List<AssessmentForm> annualAssessments,
                           String putonghuaLevel, Integer socialInsuranceMonths, String workSummary, PledgeForm pledge) {
        this(noticeId, series, specialty, subSpecialty, level, name, gender, null, idNumber, null, phone, ethnicity,
                politics, employerUnitCode, employerType, unitLevel, situation, education, currentTitle,
                professionStartDate, professionYears, workHistory, practice, achievements, awards, intellectualProperty,
                books, papers, continuingEducation, annualAssessments, putonghuaLevel, socialInsuranceMonths,
                workSummary, pledge);
    }

    /** The same form with the name and identity document of a real-name registration. */
    public ApplicationForm withIdentity(String registeredName, String registeredIdType, String registeredIdNumber) {
        return new ApplicationForm(noticeId, series, specialty, subSpecialty, level, registeredName, gender,
                registeredIdType, registeredIdNumber, birthDate, phone, ethnicity, politics, employerUnitCode,
                employerType, unitLevel, situation, education, currentTitle, professionStartDate, professionYears,
                workHistory, practice, achievements, awards, intellectualProperty, books, papers, continuingEducation,
                annualAssessments, putonghuaLevel, socialInsuranceMonths, workSummary, pledge);
    }

    @Schema(description = "相关情况（是/否）")
    public record SituationForm(
            @Schema(description = "参加“访惠聚”驻村等工作") Boolean villageWork,
            @Schema(description = "援疆专业技术人员") Boolean aidXinjiang,
            @Schema(description = "委托评审（中央驻疆单位等）") Boolean delegatedEvaluation,
            @Schema(description = "由机关调入企事业单位") Boolean transferredFromGovernmentOrgan,
            @Schema(description = "首次申报职称") Boolean firstApplication,
            @Schema(description = "高技能人才贯通申报") Boolean skilledWorker,
            @Schema(description = "外籍人员") Boolean foreignNational,
            @Schema(description = "离退休人员") Boolean retired,
            @Schema(description = "公务员") Boolean civilServant,
            @Schema(description = "参照公务员法管理的事业单位工作人员（参公）") Boolean referenceCivilServant,
            @Schema(description = "受党纪、政务或行政处分且在影响期内") Boolean underDiscipline,
            @Schema(description = "处分影响期截止日期（可晚于今天）") String disciplineEndsOn,
            @Schema(description = "受刑事处罚且在处罚期内") Boolean underCriminalPenalty,
            @Schema(description = "刑事处罚期截止日期（可晚于今天）") String criminalPenaltyEndsOn,
            @Schema(description = "职业资格（高技能人才贯通申报时填写）", allowableValues = {"SENIOR_WORKER", "TECHNICIAN",
                    "SENIOR_TECHNICIAN"}) String skilledQualification,
            @Schema(description = "职业资格取得日期") String skilledQualificationOn,
            @Schema(description = "高级经济专业技术资格考试（人力资源管理）成绩") Integer hrExamScore,
            @Schema(description = "高级经济专业技术资格考试年度") Integer hrExamYear,
            @Schema(description = "援疆报到日期（援疆专业技术人员填写）") String aidPostingFrom,
            @Schema(description = "援派期满日期（可晚于今天）") String aidPostingTo,
            @Schema(description = "民营企业专项评审的人员类别（民营企业、自由职业人员填写）", allowableValues = {
                    "REGISTERED_IN_AREA", "FILES_WITH_AREA_AGENCY", "POSTED_FROM_OUTSIDE", "NONE"}) String privateTrackGroup,
            @Schema(description = "派驻本地区的起始日期（疆外民营企业派驻人员填写）") String postedInAreaSince,
            @Schema(description = "申报途径为直接认定（通知有直接认定规定时可选；否则按通知评审或初定）")
            Boolean directRecognition,
            @Schema(description = "“访惠聚”驻村等基层服务工作的起始日期（派驻时间）") String villageWorkFrom,
            @Schema(description = "驻村等基层服务工作的结束日期（仍在驻村的不填）") String villageWorkTo,
            @Schema(description = "委托评审函指定的评审委员会代码（见 GET /api/committees）", example = "650201")
            String delegatedToCommittee) {
    }

    @Schema(description = "学历学位")
    public record EducationForm(
            @Schema(description = "学历", allowableValues = {"HIGH_SCHOOL", "SECONDARY_VOCATIONAL", "JUNIOR_COLLEGE",
                    "BACHELOR", "MASTER", "DOCTOR"}) String level,
            @Schema(description = "毕业院校") String school,
            @Schema(description = "所学专业") String major,
            @Schema(description = "毕业日期") String graduationDate,
            @Schema(description = "全日制") Boolean fullTime,
            @Schema(description = "学位（没有填“无”）") String degree,
            @Schema(description = "证书编号（没有填“无”）") String certificateNo) {
    }

    @Schema(description = "现职称（首次申报时名称填“无”）")
    public record CurrentTitleForm(
            @Schema(description = "职称名称", example = "高级工程师") String name,
            @Schema(description = "级别") String level,
            @Schema(description = "取得日期") String obtainedOn,
            @Schema(description = "在新疆取得") Boolean obtainedInXinjiang,
            @Schema(description = "评审或发证机构") String issuer,
            @Schema(description = "证书编号（没有填“无”）") String certificateNo) {
    }

    @Schema(description = "工作简历一行（截止日期为空表示至今）")
    public record WorkPeriodForm(String from, String to, String unit, String position) {
    }

    @Schema(description = "实践能力或业绩成果一项")
    public record AccomplishmentForm(String title, String from, String to, String role, String description) {
    }

    @Schema(description = "获奖")
    public record AwardForm(String name, String grantor, String date) {
    }

    @Schema(description = "知识产权")
    public record IntellectualPropertyForm(String name, String kind, String number, String date) {
    }

    @Schema(description = "著作")
    public record BookForm(String title, String publisher, String date, String role) {
    }

    @Schema(description = "论文")
    public record PaperForm(String title, String journal, String date, String authorRank) {
    }

    @Schema(description = "一年的继续教育学时")
    public record ContinuingEducationForm(Integer year, Integer publicHours, Integer professionalHours) {
    }

    @Schema(description = "一年的考核结果：优秀、合格、基本合格、不合格")
    public record AssessmentForm(Integer year, String rating) {
    }

    @Schema(description = "承诺书")
    public record PledgeForm(@Schema(description = "已承诺") Boolean accepted, @Schema(description = "承诺日期") String date) {
    }
}
