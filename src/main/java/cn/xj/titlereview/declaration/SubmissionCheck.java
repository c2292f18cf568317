package cn.xj.titlereview.declaration;

import java.util.ArrayList;
import java.util.List;

import cn.xj.titlereview.attachment.AttachmentView;
import cn.xj.titlereview.declaration.FormDemands.Demand;

/**
 * Is the application complete enough to be submitted? Every field filled ("无" where nothing
 * applies), the sections the notice demands of this applicant not empty ({@link FormDemands}: what a
 * notice waives is not demanded), the pledge given, the work summary free of the applicant's name
 * (blind review) and every page's masking settled. All problems at once, each naming its clause: the
 * notice's rule on filling in the form for a blank field, the clause of the section otherwise. The
 * notice's own conditions (materials, years, hours, exclusions) are {@link
 * cn.xj.titlereview.eligibility.EligibilityRules}.
 */
public final class SubmissionCheck {

    /** One problem of the form: field, rule, what to do, and the clause it comes from. */
    public record Problem(String field, String rule, String message, String clause) {
    }

    private final List<Problem> problems = new ArrayList<>();
    private final FormDemands demands;

    private SubmissionCheck(FormDemands demands) {
        this.demands = demands;
    }

    public static List<Problem> check(ApplicationContent c, boolean hasIdNumber, List<AttachmentView> attachments,
                                      FormDemands demands) {
        return check(c, hasIdNumber, true, attachments, demands);
    }

    /** {@code hasBirthDate}: from the number or declared (a document without one needs the declared date). */
    public static List<Problem> check(ApplicationContent c, boolean hasIdNumber, boolean hasBirthDate,
                                      List<AttachmentView> attachments, FormDemands demands) {
        return new SubmissionCheck(demands).run(c, hasIdNumber, hasBirthDate, attachments);
    }

    private List<Problem> run(ApplicationContent c, boolean hasIdNumber, boolean hasBirthDate,
                              List<AttachmentView> attachments) {
        need("series", c.series(), "系列");
        need("specialty", c.specialty(), "专业");
        need("subSpecialty", c.subSpecialty(), "二级专业（没有请填“无”）");
        need("level", c.level(), "申报级别");
        need("name", c.name(), "姓名");
        need("gender", c.gender(), "性别");
        if (!hasIdNumber) {
            add("idNumber", "必填", "请填写身份证号码", demands.formClause());
        } else if (!hasBirthDate) {
            add("birthDate", "必填", "请填写出生日期（所填证件号码不含出生日期）", demands.formClause());
        }
        need("phone", c.phone(), "联系电话");
        need("ethnicity", c.ethnicity(), "民族");
        need("politics", c.politics(), "政治面貌");
        need("employerUnitCode", c.employerUnitCode(), "用人单位代码");
        need("employerType", c.employerType(), "单位性质");
        need("unitLevel", c.unitLevel(), "单位归属");

        atLeastOne("education", c.education(), "学历学位", demands.education());
        for (int i = 0; i < c.education().size(); i++) {
            EducationEntry e = c.education().get(i);
            String at = "education[" + i + "]";
            need(at + ".level", e.level(), "学历");
            need(at + ".school", e.school(), "毕业院校");
            need(at + ".major", e.major(), "所学专业");
            need(at + ".graduationDate", e.graduationDate(), "毕业日期");
            need(at + ".fullTime", e.fullTime(), "是否全日制");
            need(at + ".degree", e.degree(), "学位（没有请填“无”）");
            need(at + ".certificateNo", e.certificateNo(), "证书编号（没有请填“无”）");
        }
        CurrentTitle title = c.currentTitle();
        if (title == null || title.name() == null) {
            add("currentTitle.name", "必填", "请填写现职称（没有请填“无”）", demands.formClause());
        } else if (!title.none()) {
            need("currentTitle.level", title.level(), "现职称级别");
            need("currentTitle.obtainedOn", title.obtainedOn(), "现职称取得日期");
            need("currentTitle.obtainedInXinjiang", title.obtainedInXinjiang(), "现职称是否在新疆取得");
            need("currentTitle.issuer", title.issuer(), "评审或发证机构");
            need("currentTitle.certificateNo", title.certificateNo(), "证书编号（没有请填“无”）");
        }
        need("professionStartDate", c.professionStartDate(), "从事专业技术工作起始日期");
        need("professionYears", c.professionYears(), "从事专业技术工作年限");

        atLeastOne("workHistory", c.workHistory(), "工作简历", Demand.required(demands.formClause()));
        for (int i = 0; i < c.workHistory().size(); i++) {
            WorkPeriod w = c.workHistory().get(i);
            String at = "workHistory[" + i + "]";
            need(at + ".from", w.from(), "起始日期");
            need(at + ".unit", w.unit(), "工作单位");
            need(at + ".position", w.position(), "职务或岗位");
        }
        accomplishments("practice", c.practice());
        accomplishments("achievements", c.achievements());
        for (int i = 0; i < c.awards().size(); i++) {
            Award a = c.awards().get(i);
            String at = "awards[" + i + "]";
            need(at + ".name", a.name(), "奖项名称");
            need(at + ".grantor", a.grantor(), "授奖单位");
            need(at + ".date", a.date(), "获奖日期");
        }
        for (int i = 0; i < c.intellectualProperty().size(); i++) {
            IntellectualProperty p = c.intellectualProperty().get(i);
            String at = "intellectualProperty[" + i + "]";
            need(at + ".name", p.name(), "名称");
            need(at + ".kind", p.kind(), "类别");
            need(at + ".number", p.number(), "编号");
            need(at + ".date", p.date(), "授权日期");
        }
        for (int i = 0; i < c.books().size(); i++) {
            Book b = c.books().get(i);
            String at = "books[" + i + "]";
            need(at + ".title", b.title(), "书名");
            need(at + ".publisher", b.publisher(), "出版社");
            need(at + ".date", b.date(), "出版日期");
            need(at + ".role", b.role(), "本人角色");
        }
        for (int i = 0; i < c.papers().size(); i++) {
            Paper p = c.papers().get(i);
            String at = "papers[" + i + "]";
            need(at + ".title", p.title(), "论文题目");
            need(at + ".journal", p.journal(), "刊物");
            need(at + ".date", p.date(), "发表日期");
            need(at + ".authorRank", p.authorRank(), "作者排序");
        }
        atLeastOne("continuingEducation", c.continuingEducation(), "继续教育", demands.continuingEducation());
        for (int i = 0; i < c.continuingEducation().size(); i++) {
            ContinuingEducationYear y = c.continuingEducation().get(i);
            String at = "continuingEducation[" + i + "]";
            need(at + ".year", y.year(), "年度");
            need(at + ".publicHours", y.publicHours(), "公需科目学时");
            need(at + ".professionalHours", y.professionalHours(), "专业科目学时");
        }
        atLeastOne("annualAssessments", c.annualAssessments(), "年度考核", demands.annualAssessments());
        for (int i = 0; i < c.annualAssessments().size(); i++) {
            AnnualAssessment a = c.annualAssessments().get(i);
            String at = "annualAssessments[" + i + "]";
            need(at + ".year", a.year(), "年度");
            need(at + ".rating", a.rating(), "考核结果");
        }
        if (demands.putonghua().required()) {
            need("putonghuaLevel", c.putonghuaLevel(), "普通话水平（没有请选“无”）", demands.putonghua().clause());
        }
        if (demands.socialInsurance().required()) {
            need("socialInsuranceMonths", c.socialInsuranceMonths(), "社会保险缴纳月数", demands.socialInsurance().clause());
        }
        if (c.workSummary() == null || "无".equals(c.workSummary())) {
            add("workSummary", "必填", "请填写任现职以来个人业务工作总结", demands.workSummary().clause());
        } else if (c.name() != null && c.name().length() >= 2 && c.workSummary().contains(c.name())) {
            add("workSummary", "盲评", "工作总结中不得出现本人姓名", demands.workSummary().clause());
        }
        if (c.pledge() == null || !Boolean.TRUE.equals(c.pledge().accepted())) {
            add("pledge.accepted", "必填", "请阅读并确认承诺书", demands.pledge().clause());
        }
        if (c.pledge() == null || c.pledge().date() == null) {
            add("pledge.date", "必填", "请填写承诺日期", demands.pledge().clause());
        }

        Situation s = c.situation();
        if (Boolean.TRUE.equals(s.skilledWorker()) && s.skilledQualification() == null) {
            add("situation.skilledQualification", "必填", "高技能人才贯通申报请填写职业资格等级",
                    demands.skilledQualification().clause());
        }
        for (int i = 0; i < attachments.size(); i++) {
            AttachmentView a = attachments.get(i);
            String at = "attachments[" + i + "]";
            if (a.needsMasking() == null) {
                add(at, "遮盖", "“" + a.originalName() + "”尚未确认是否需要遮盖本人姓名和工作单位",
                        demands.masking().clause());
            } else if (a.needsMasking() && !a.masked()) {
                add(at, "遮盖", "“" + a.originalName() + "”需要遮盖但尚未遮盖", demands.masking().clause());
            }
        }
        return List.copyOf(problems);
    }

    private void accomplishments(String field, List<Accomplishment> items) {
        for (int i = 0; i < items.size(); i++) {
            Accomplishment a = items.get(i);
            String at = field + "[" + i + "]";
            need(at + ".title", a.title(), "名称");
            need(at + ".from", a.from(), "起始日期");
            need(at + ".role", a.role(), "本人角色");
            need(at + ".description", a.description(), "内容说明");
        }
    }

    /** A blank field: the notice's rule on filling in the form. */
    private void need(String field, Object value, String what) {
        need(field, value, what, demands.formClause());
    }

    private void need(String field, Object value, String what, String clause) {
        if (value == null) {
            add(field, "必填", "请填写" + what, clause);
        }
    }

    /** An empty section, where the notice demands it of this applicant. */
    private void atLeastOne(String field, List<?> items, String what, Demand demand) {
        if (demand.required() && items.isEmpty()) {
            add(field, "必填", "请至少填写一条" + what, demand.clause());
        }
    }

    private void add(String field, String rule, String message, String clause) {
        problems.add(new Problem(field, rule, message, clause));
    }
}
