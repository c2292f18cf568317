package cn.xj.titlereview.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Body of every error answer of the product API: a sentence for people and, for bad input, every
 * field problem at once ({@code {"message":"申报信息有误","errors":[{"field":"idNumber",...}]}}).
 */
@Schema(description = "错误")
public record ApiError(
        @Schema(description = "错误说明", example = "申报信息有误") String message,
        @Schema(description = "逐项列出的字段问题（没有时为空列表）") List<FieldProblem> errors) {

    public ApiError {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ApiError of(String message) {
        return new ApiError(message, List.of());
    }
}
