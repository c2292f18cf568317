package cn.xj.titlereview.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.xj.titlereview.declaration.PutonghuaLevel;
import cn.xj.titlereview.eligibility.EligibilityReport.MaterialStatus;
import cn.xj.titlereview.notice.Labelled;
import cn.xj.titlereview.notice.NoticeDefinition.Material;
import cn.xj.titlereview.notice.NoticeDefinition.MaterialsSinceCurrentTitle;

/**
 * What the applicant hands in: the certificates some notices ask (Putonghua for public institutions, months of
 * social insurance for enterprises), work only since the current title where the notice counts that, the work
 * summary, the materials of notice file {@code materials} and the senior HR-manager exam score (DMN {@code hr-exam-score}).
 */
final class MaterialRules extends RuleFamily {

    MaterialRules(EligibilityCheck check) {
        super(check);
    }

    @Override
    public void apply() {
        putonghua();
        socialInsurance();
        sinceCurrentTitle();
        workSummary();
        check.materials = materials();
        hrExam();
    }

    private static final String HR_EXAM_MATERIAL = "hr-exam-score";

    private void putonghua() {
        var rule = notice.putonghua();
        if (rule == null || rule.minGrade() == null || !holds(rule.when()) || c.putonghuaLevel() == null) {
            return;
        }
        PutonghuaLevel minimum = Labelled.parse(PutonghuaLevel.class, rule.minGrade()).orElse(null);
        if (minimum != null && !c.putonghuaLevel().atLeast(minimum)) {
            fail("putonghuaLevel", "普通话", "普通话水平须达到" + minimum.label() + "及以上（现为"
                    + c.putonghuaLevel().label() + "）", rule.clause());
        }
    }

    private void socialInsurance() {
        var rule = notice.socialInsurance();
        if (rule == null || rule.minMonths() == null || !holds(rule.when()) || c.socialInsuranceMonths() == null) {
            return;
        }
        if (c.socialInsuranceMonths() < rule.minMonths()) {
            fail("socialInsuranceMonths", "社会保险", "企业专业技术人员须缴纳社会保险满" + rule.minMonths() + "个月（现"
                    + c.socialInsuranceMonths() + "个月）", rule.clause());
        }
    }

    /** Items dated before the current title was obtained, where the notice counts only work since then. */
    private void sinceCurrentTitle() {
        LocalDate obtained = c.currentTitle() == null || c.currentTitle().none() ? null : c.currentTitle().obtainedOn();
        if (obtained == null) {
            return;
        }
        notice.specialPolicies().stream()
                .filter(MaterialsSinceCurrentTitle.class::isInstance).map(MaterialsSinceCurrentTitle.class::cast)
                .forEach(policy -> {
                    for (String section : policy.sections()) {
                        List<Dated> items = switch (section) {
                            case "achievements" -> c.achievements().stream()
                                    .map(a -> new Dated("业绩成果", a.title(), a.to() != null ? a.to() : a.from())).toList();
                            case "awards" -> c.awards().stream().map(a -> new Dated("获奖", a.name(), a.date())).toList();
                            case "intellectualProperty" -> c.intellectualProperty().stream()
                                    .map(p -> new Dated("知识产权", p.name(), p.date())).toList();
                            case "books" -> c.books().stream().map(b -> new Dated("著作", b.title(), b.date())).toList();
                            case "papers" -> c.papers().stream().map(p -> new Dated("论文", p.title(), p.date())).toList();
                            default -> List.of();
                        };
                        for (int i = 0; i < items.size(); i++) {
                            Dated item = items.get(i);
                            if (item.date() != null && item.date().isBefore(obtained)) {
                                fix(section + "[" + i + "]", "任现职以来", item.kind() + "“" + item.title() + "”（"
                                        + item.date() + "）早于取得现职称（" + obtained + "），只能申报任现职以来的材料",
                                        policy.clause());
                            }
                        }
                    }
                });
    }

    private record Dated(String kind, String title, LocalDate date) {
    }

    private void workSummary() {
        var rule = notice.workSummary();
        String text = c.workSummary();
        if (rule == null || text == null || "无".equals(text)) {
            return;
        }
        int length = text.codePointCount(0, text.length());
        if (rule.minChars() != null && length < rule.minChars()) {
            fix("workSummary", "字数", "工作总结不少于" + rule.minChars() + "字（现" + length + "字）", rule.clause());
        }
        if (rule.maxChars() != null && length > rule.maxChars()) {
            fix("workSummary", "字数", "工作总结不超过" + rule.maxChars() + "字（现" + length + "字）", rule.clause());
        }
        if (Boolean.TRUE.equals(rule.ownNameAndUnitForbidden())) {
            in.employerUnitName().filter(unit -> unit.length() >= 2 && text.contains(unit)).ifPresent(unit ->
                    fix("workSummary", "盲评", "工作总结中不得出现本人工作单位名称（“" + unit + "”）", rule.clause()));
        }
    }

    private List<MaterialStatus> materials() {
        List<MaterialStatus> list = new ArrayList<>();
        for (Material m : requiredMaterials()) {
            boolean uploaded = in.uploadedCategories().contains(m.id());
            list.add(new MaterialStatus(m.id(), m.name(), m.clause(), uploaded));
            if (!uploaded) {
                fix("attachments." + m.id(), "必传材料", "缺少材料：" + m.name(), m.clause());
            }
        }
        return list;
    }

    /** The uploads the notice asks of this applicant (units and competent units add theirs in their stages). */
    List<Material> requiredMaterials() {
        return FormDemandRules.requiredMaterials(notice, this::holds);
    }

    private void hrExam() {
        Optional<Material> material = requiredMaterials().stream().filter(m -> HR_EXAM_MATERIAL.equals(m.id())).findFirst();
        if (material.isEmpty()) {
            return;
        }
        String clause = material.get().clause();
        if (situation.hrExamScore() == null || situation.hrExamYear() == null) {
            fix("situation.hrExamScore", "必填", "请填写高级经济专业技术资格考试（人力资源管理）成绩和考试年度", clause);
            return;
        }
        var verdict = decisions.hrExam(situation.hrExamScore(), notice.year() - situation.hrExamYear());
        if (!verdict.passed()) {
            fail("situation.hrExamScore", "考试成绩", verdict.reason(), clause);
        }
    }
}
