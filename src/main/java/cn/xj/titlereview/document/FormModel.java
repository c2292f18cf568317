package cn.xj.titlereview.document;

import static cn.xj.titlereview.document.source.Labels.day;
import static cn.xj.titlereview.document.source.Labels.label;
import static cn.xj.titlereview.document.source.Labels.text;
import static cn.xj.titlereview.document.source.Labels.yesNo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import cn.xj.titlereview.declaration.ApplicationForm.SituationForm;
import cn.xj.titlereview.declaration.ApplicationForm;
import cn.xj.titlereview.declaration.AssessmentRating;
import cn.xj.titlereview.declaration.EducationLevel;
import cn.xj.titlereview.declaration.Gender;
import cn.xj.titlereview.declaration.IdDocuments;
import cn.xj.titlereview.declaration.IdType;
import cn.xj.titlereview.declaration.PutonghuaLevel;
import cn.xj.titlereview.notice.EmployerType;
import cn.xj.titlereview.notice.Level;
import cn.xj.titlereview.notice.UnitLevel;

/**
 * The submitted form as the templates read it: every value already in words ("无" for nothing,
 * dates as 2024年9月1日), every list a list of rows (maps), so a designer's template needs no logic.
 */
final class FormModel {

    private FormModel() {
    }

    static Map<String, Object> of(SubmittedApplication submitted, String unitName) {
        ApplicationForm f = submitted.form();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", text(f.name()));
        m.put("gender", label(Gender.class, f.gender()));
        m.put("idNumber", text(submitted.idNumberMasked()));
        // the kind of document: "身份证号码", "护照号码" … (submissions before the kinds existed: 居民身份证)
        IdType idType = Optional.ofNullable(IdDocuments.parseType(f.idType())).orElse(IdType.DEFAULT);
        m.put("idType", idType.label());
        m.put("idLabel", idType.numberName());
        m.put("phone", text(f.phone()));
        m.put("ethnicity", text(f.ethnicity()));
        m.put("politics", text(f.politics()));
        m.put("unitName", text(unitName));
        m.put("employerType", label(EmployerType.class, f.employerType()));
        m.put("unitLevel", label(UnitLevel.class, f.unitLevel()));
        m.put("series", text(f.series()));
        m.put("specialty", text(f.specialty()));
        m.put("subSpecialty", text(f.subSpecialty()));
        m.put("level", label(Level.class, f.level()));
        m.put("professionStartDate", day(f.professionStartDate(), "无"));
        m.put("professionYears", text(f.professionYears()));
        m.put("putonghua", label(PutonghuaLevel.class, f.putonghuaLevel()));
        m.put("socialInsuranceMonths", f.socialInsuranceMonths() == null ? "无" : f.socialInsuranceMonths() + " 个月");
        m.put("workSummary", text(f.workSummary()));
        m.put("pledgeAccepted", Boolean.TRUE.equals(f.pledge() == null ? null : f.pledge().accepted()) ? "已承诺" : "未承诺");
        m.put("pledgeDate", f.pledge() == null ? "无" : day(f.pledge().date(), "无"));
        var t = f.currentTitle();
        m.put("title", row("name", t == null ? "无" : text(t.name()),
                "level", t == null ? "无" : label(Level.class, t.level()),
                "obtainedOn", t == null ? "无" : day(t.obtainedOn(), "无"),
                "inXinjiang", t == null ? "无" : yesNo(t.obtainedInXinjiang()),
                "issuer", t == null ? "无" : text(t.issuer()),
                "certificateNo", t == null ? "无" : text(t.certificateNo())));
        m.put("situation", situation(f.situation()));
        m.put("education", rows(f.education(), e -> row("level", label(EducationLevel.class, e.level()),
                "school", text(e.school()), "major", text(e.major()), "graduationDate", day(e.graduationDate(), "无"),
                "fullTime", yesNo(e.fullTime()), "degree", text(e.degree()), "certificateNo", text(e.certificateNo()))));
        m.put("workHistory", rows(f.workHistory(), w -> row("from", day(w.from(), "无"), "to", day(w.to(), "至今"),
                "unit", text(w.unit()), "position", text(w.position()))));
        m.put("practice", rows(f.practice(), FormModel::accomplishment));
        m.put("achievements", rows(f.achievements(), FormModel::accomplishment));
        m.put("awards", rows(f.awards(), a -> row("name", text(a.name()), "grantor", text(a.grantor()),
                "date", day(a.date(), "无"))));
        m.put("intellectualProperty", rows(f.intellectualProperty(), p -> row("name", text(p.name()),
                "kind", text(p.kind()), "number", text(p.number()), "date", day(p.date(), "无"))));
        m.put("books", rows(f.books(), b -> row("title", text(b.title()), "publisher", text(b.publisher()),
                "date", day(b.date(), "无"), "role", text(b.role()))));
        m.put("papers", rows(f.papers(), p -> row("title", text(p.title()), "journal", text(p.journal()),
                "date", day(p.date(), "无"), "authorRank", text(p.authorRank()))));
        m.put("continuingEducation", rows(f.continuingEducation(), c -> row("year", text(c.year()),
                "publicHours", text(c.publicHours()), "professionalHours", text(c.professionalHours()),
                "total", String.valueOf(nz(c.publicHours()) + nz(c.professionalHours())))));
        m.put("assessments", rows(f.annualAssessments(), a -> row("year", text(a.year()),
                "rating", label(AssessmentRating.class, a.rating()))));
        return m;
    }

    private static Map<String, Object> accomplishment(ApplicationForm.AccomplishmentForm a) {
        return row("title", text(a.title()), "from", day(a.from(), "无"), "to", day(a.to(), "至今"),
                "role", text(a.role()), "description", text(a.description()));
    }

    /** The yes/no questions of the form, in its order. */
    private static List<Map<String, Object>> situation(SituationForm s) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        out.add(row("label", "参加“访惠聚”驻村等工作", "value", yesNo(s.villageWork())));
        out.add(row("label", "援疆专业技术人员", "value", yesNo(s.aidXinjiang())));
        out.add(row("label", "委托评审", "value", yesNo(s.delegatedEvaluation())));
        out.add(row("label", "由机关调入企事业单位", "value", yesNo(s.transferredFromGovernmentOrgan())));
        out.add(row("label", "首次申报职称", "value", yesNo(s.firstApplication())));
        out.add(row("label", "高技能人才贯通申报", "value", yesNo(s.skilledWorker())));
        out.add(row("label", "直接认定", "value", yesNo(s.directRecognition())));
        out.add(row("label", "离退休人员", "value", yesNo(s.retired())));
        out.add(row("label", "公务员或参公人员", "value",
                yesNo(s.civilServant() == null && s.referenceCivilServant() == null ? null
                        : Boolean.TRUE.equals(s.civilServant()) || Boolean.TRUE.equals(s.referenceCivilServant()))));
        out.add(row("label", "处分或刑事处罚影响期内", "value",
                yesNo(s.underDiscipline() == null && s.underCriminalPenalty() == null ? null
                        : Boolean.TRUE.equals(s.underDiscipline()) || Boolean.TRUE.equals(s.underCriminalPenalty()))));
        return out;
    }

    private static int nz(Integer value) {
        return value == null ? 0 : value;
    }

    static <T> List<Map<String, Object>> rows(List<T> items, Function<T, Map<String, Object>> map) {
        return items == null ? List.of() : items.stream().map(map).toList();
    }

    static Map<String, Object> row(Object... pairs) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put((String) pairs[i], pairs[i + 1]);
        }
        return row;
    }
}
