package cn.xj.titlereview.attachment;

import io.swagger.v3.oas.annotations.media.Schema;

/** A rectangle to black out, in pixels of the stored image (origin top left). */
@Schema(description = "遮盖区域（像素坐标，原点在左上角）")
public record MaskRectangle(
        @Schema(description = "左边界", example = "120") Integer x,
        @Schema(description = "上边界", example = "40") Integer y,
        @Schema(description = "宽度", example = "300") Integer width,
        @Schema(description = "高度", example = "60") Integer height) {
}
