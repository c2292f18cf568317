package cn.xj.titlereview.attachment;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** An attachment as the API shows it. */
@Schema(description = "附件")
public record AttachmentView(
        @Schema(description = "附件编号") String id,
        @Schema(description = "材料类别（与通知中的材料编号一致）", example = "id-card") String category,
        @Schema(description = "原文件名（仅供显示）") String originalName,
        @Schema(description = "宽（像素）") int width,
        @Schema(description = "高（像素）") int height,
        @Schema(description = "存储大小（字节）") long sizeBytes,
        @Schema(description = "SHA-256") String sha256,
        @Schema(description = "是否需要遮盖（未确认时为空）") Boolean needsMasking,
        @Schema(description = "是否已生成遮盖后的图片") boolean masked,
        @Schema(description = "遮盖区域") List<MaskRectangle> rectangles,
        @Schema(description = "上传时间") Instant uploadedAt) {
}
