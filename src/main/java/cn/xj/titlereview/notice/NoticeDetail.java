package cn.xj.titlereview.notice;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "通知详情：概要和完整配置")
public record NoticeDetail(
        @Schema(description = "概要") NoticeSummary summary,
        @Schema(description = "完整配置（与 config/notices/<id>.yml 相同的结构，时间为北京时间）")
        JsonNode definition) {
}
