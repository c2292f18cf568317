package cn.xj.titlereview.eligibility;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One unmet condition of a notice: the field it concerns, the rule, what to do, the notice clause
 * (or national rule) it comes from, and whether a revision can fix it. A problem no revision can fix
 * (retired, out of scope, too few years ...) ends the application {@code INELIGIBLE}.
 */
@Schema(description = "申报条件问题")
public record EligibilityProblem(
        @Schema(description = "字段路径", example = "continuingEducation") String field,
        @Schema(description = "规则", example = "继续教育") String rule,
        @Schema(description = "说明", example = "缺少2022年度继续教育学时") String message,
        @Schema(description = "依据（通知条款或国家规定）", example = "第四条第（一）款第7项") String clause,
        @Schema(description = "可修改补正（false：不符合申报条件，修改也无法补正）") boolean fixable) {

    static EligibilityProblem fixable(String field, String rule, String message, String clause) {
        return new EligibilityProblem(field, rule, message, clause, true);
    }

    static EligibilityProblem finalProblem(String field, String rule, String message, String clause) {
        return new EligibilityProblem(field, rule, message, clause, false);
    }

    /** "message（依据：clause）" for process variables and notifications. */
    public String sentence() {
        return clause == null || clause.isBlank() ? message : message + "（依据：" + clause + "）";
    }
}
