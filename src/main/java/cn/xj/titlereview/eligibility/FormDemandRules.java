package cn.xj.titlereview.eligibility;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import cn.xj.titlereview.declaration.ApplicationContent;
import cn.xj.titlereview.declaration.DeclarationFacts;
import cn.xj.titlereview.declaration.FormDemands;
import cn.xj.titlereview.declaration.FormDemands.Demand;
import cn.xj.titlereview.notice.ApplicationFacts;
import cn.xj.titlereview.notice.NoticeCondition;
import cn.xj.titlereview.notice.NoticeDefinition;
import cn.xj.titlereview.notice.NoticeDefinition.Assessment;
import cn.xj.titlereview.notice.NoticeDefinition.ContinuingEducation;
import cn.xj.titlereview.notice.NoticeDefinition.DirectRecognition;
import cn.xj.titlereview.notice.NoticeDefinition.Material;
import cn.xj.titlereview.notice.NoticeDefinition.SkilledWorkerPathway;

/**
 * What the notice demands of one applicant's form ({@link FormDemands}), decided by the same facts and the same
 * notice file as the rule families: a section the rules ask nothing of (continuing education exempted, Putonghua
 * and social insurance outside the groups the notice names, education on a skilled-worker pathway that waives it,
 * the review's years and hours on direct recognition) is not demanded by the form either.
 *
 * <p>The clause of a blank field is the notice's rule on filling in the form ({@code form.clause}: 第六条 of the
 * senior notice, 第四条第（二）款 of the non-ferrous notice, 第五条第（二）款第1项 of the Hami notice, each saying
 * "对表中的栏目无填写内容的应注明“无”，不得留有空格"; Akesu's 第三条第（一）款第1项 and Hejing's 第五条 ask every
 * field filled in their own words).
 */
public final class FormDemandRules {

    /** The material categories a notice names its pledge with. */
    private static final List<String> PLEDGE_MATERIALS = List.of("pledge", "handwritten-pledge", "truthfulness-pledge");

    private FormDemandRules() {
    }

    /** A notice the product has no file for (a test process): everything, on the senior notice's rule. */
    public static FormDemands unknownNotice() {
        return FormDemands.everything(FormDemands.BLANK_RULE_SOURCE);
    }

    public static FormDemands of(NoticeDefinition notice, ApplicationContent c) {
        ApplicationFacts facts = DeclarationFacts.of(c);
        Predicate<String> holds = when -> when == null || NoticeCondition.parse(when).test(facts);
        String formClause = notice.form() != null && notice.form().clause() != null
                ? notice.form().clause() : FormDemands.BLANK_RULE_SOURCE;
        Optional<DirectRecognition> directRecognition = c.situation().asksDirectRecognition()
                ? EligibilityRules.directRecognitionPolicy(notice) : Optional.empty();
        List<Material> materials = requiredMaterials(notice, holds);

        return new FormDemands(formClause,
                education(notice, c, formClause),
                continuingEducation(notice, holds, directRecognition),
                assessments(notice, holds, directRecognition, formClause),
                putonghua(notice, holds, materials),
                socialInsurance(notice, holds, materials),
                Demand.required(notice.workSummary() != null && notice.workSummary().clause() != null
                        ? notice.workSummary().clause() : formClause),
                Demand.required(notice.materials().stream().filter(m -> PLEDGE_MATERIALS.contains(m.id()))
                        .map(Material::clause).findFirst().orElse(formClause)),
                Demand.required(notice.form() != null && notice.form().masking() != null
                        && notice.form().masking().clause() != null ? notice.form().masking().clause() : formClause),
                Demand.required(skilledWorkerPathway(notice).map(SkilledWorkerPathway::clause).orElse(formClause)));
    }

    /** 学历学位: waived for a skilled worker where the notice's pathway frees them of 学历 (不受学历…的限制). */
    private static Demand education(NoticeDefinition notice, ApplicationContent c, String formClause) {
        Optional<SkilledWorkerPathway> pathway = skilledWorkerPathway(notice).filter(p -> !p.routes().isEmpty());
        if (Boolean.TRUE.equals(c.situation().skilledWorker()) && pathway.isPresent()
                && pathway.get().waivedRequirements().contains("学历")) {
            return Demand.waived(pathway.get().clause());
        }
        return Demand.required(formClause);
    }

    /** 继续教育: demanded where the rules ask years of this applicant ({@link ContinuingEducationRules#yearsAsked}). */
    private static Demand continuingEducation(NoticeDefinition notice, Predicate<String> holds,
                                              Optional<DirectRecognition> directRecognition) {
        if (directRecognition.isPresent()) {
            return Demand.waived(directRecognition.get().clause());
        }
        ContinuingEducation rule = notice.continuingEducation();
        if (rule == null) {
            return Demand.waived(null);
        }
        Optional<String> exemption = ContinuingEducationRules.exemption(rule, holds).map(e -> e.clause());
        if (exemption.isPresent()) {
            return Demand.waived(exemption.get());
        }
        return ContinuingEducationRules.yearsAsked(rule, holds).isPresent()
                ? Demand.required(rule.clause()) : Demand.waived(rule.clause());
    }

    /** 年度考核: demanded where the notice asks years of this applicant, and of every direct recognition. */
    private static Demand assessments(NoticeDefinition notice, Predicate<String> holds,
                                      Optional<DirectRecognition> directRecognition, String formClause) {
        if (directRecognition.isPresent()) {
            return Demand.required(directRecognition.get().clause());
        }
        Assessment rule = notice.assessment();
        if (rule == null) {
            return Demand.waived(null);
        }
        boolean asked = rule.years().stream().anyMatch(y -> holds.test(y.when()));
        String clause = rule.clause() != null ? rule.clause() : formClause;
        return asked ? Demand.required(clause) : Demand.waived(clause);
    }

    /** 普通话: where the notice's Putonghua rule holds (Akesu: public institutions) or it asks the certificate. */
    private static Demand putonghua(NoticeDefinition notice, Predicate<String> holds, List<Material> materials) {
        var rule = notice.putonghua();
        if (rule != null && holds.test(rule.when())) {
            return Demand.required(rule.clause());
        }
        return materials.stream().filter(m -> m.id().startsWith("putonghua")).findFirst()
                .map(m -> Demand.required(m.clause()))
                .orElseGet(() -> Demand.waived(rule == null ? null : rule.clause()));
    }

    /** 社会保险: where the notice's rule holds (Hejing: enterprises) or it asks a proof (Hami: private enterprises). */
    private static Demand socialInsurance(NoticeDefinition notice, Predicate<String> holds, List<Material> materials) {
        var rule = notice.socialInsurance();
        if (rule != null && holds.test(rule.when())) {
            return Demand.required(rule.clause());
        }
        return materials.stream().filter(m -> m.id().startsWith("social-insurance")).findFirst()
                .map(m -> Demand.required(m.clause()))
                .orElseGet(() -> Demand.waived(rule == null ? null : rule.clause()));
    }

    private static Optional<SkilledWorkerPathway> skilledWorkerPathway(NoticeDefinition notice) {
        return notice.specialPolicies().stream()
                .filter(SkilledWorkerPathway.class::isInstance).map(SkilledWorkerPathway.class::cast).findFirst();
    }

    /** The uploads the notice asks of this applicant, as {@link MaterialRules#requiredMaterials} counts them. */
    static List<Material> requiredMaterials(NoticeDefinition notice, Predicate<String> holds) {
        return notice.materials().stream()
                .filter(m -> m.providedBy() == NoticeDefinition.Provider.APPLICANT)
                .filter(m -> !NoticeCondition.parse(m.when()).optional())
                .filter(m -> holds.test(m.when()))
                .toList();
    }
}
