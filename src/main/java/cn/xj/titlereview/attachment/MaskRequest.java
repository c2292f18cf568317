package cn.xj.titlereview.attachment;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** The applicant's masking of one page: whether it shows their name or unit, and where. */
@Schema(description = "遮盖设置")
public record MaskRequest(
        @Schema(description = "本页是否出现本人姓名或工作单位（需要遮盖）", requiredMode = Schema.RequiredMode.REQUIRED)
        Boolean needsMasking,
        @Schema(description = "遮盖区域（needsMasking 为 true 时至少一处）") List<MaskRectangle> rectangles) {
}
