package cn.xj.titlereview.eligibility;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The pre-check of one application against its notice: every problem at once, and the materials
 * the notice asks of this applicant with whether each is uploaded. Submittable when there is no
 * problem at all; eligible when no problem is final.
 */
@Schema(description = "申报条件预检结果")
public record EligibilityReport(
        @Schema(description = "申报编号") String applicationNo,
        @Schema(description = "通知编号") String noticeId,
        @Schema(description = "符合申报条件（没有无法补正的问题）") boolean eligible,
        @Schema(description = "可以提交（没有任何问题）") boolean submittable,
        @Schema(description = "全部问题") List<EligibilityProblem> problems,
        @Schema(description = "本人须上传的材料") List<MaterialStatus> materials) {

    public EligibilityReport {
        problems = List.copyOf(problems);
        materials = List.copyOf(materials);
    }

    public static EligibilityReport of(String applicationNo, String noticeId, List<EligibilityProblem> problems,
                                       List<MaterialStatus> materials) {
        boolean eligible = problems.stream().allMatch(EligibilityProblem::fixable);
        return new EligibilityReport(applicationNo, noticeId, eligible, problems.isEmpty(), problems, materials);
    }

    public List<EligibilityProblem> finalProblems() {
        return problems.stream().filter(p -> !p.fixable()).toList();
    }

    @Schema(description = "一项须上传的材料")
    public record MaterialStatus(
            @Schema(description = "材料类别（上传时的 category）", example = "id-card") String id,
            @Schema(description = "材料名称") String name,
            @Schema(description = "依据") String clause,
            @Schema(description = "已上传") boolean uploaded) {
    }
}
