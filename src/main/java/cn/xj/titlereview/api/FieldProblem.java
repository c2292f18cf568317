package cn.xj.titlereview.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** One problem with one field of a request: which field, which rule it breaks, and what to do. */
@Schema(description = "字段问题")
public record FieldProblem(
        @Schema(description = "字段路径", example = "idNumber") String field,
        @Schema(description = "违反的规则", example = "校验码") String rule,
        @Schema(description = "说明", example = "身份证号码校验码不正确") String message) {
}
