package cn.xj.titlereview.notice;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(description = "通知概要")
public record NoticeSummary(
        @Schema(description = "通知编号，也是流程定义键", example = "notice-2024-akesu-coal") String id,
        @Schema(description = "通知标题") String title,
        @Schema(description = "年度", example = "2024") int year,
        @Schema(description = "发布机构") String issuer,
        @Schema(description = "流程：TITLE_REVIEW 职称评审，INITIAL_DETERMINATION 初定") NoticeFlow flow,
        @Schema(description = "流程名称", example = "职称评审") String flowName,
        @Schema(description = "行政区划代码", example = "652900") String regionCode,
        @Schema(description = "申报开始（北京时间）") OffsetDateTime declarationStart,
        @Schema(description = "申报截止（北京时间，含该时刻）") OffsetDateTime declarationEnd,
        @Schema(description = "当前是否在申报期内（停用的通知始终为 false）") boolean open,
        @Schema(description = "申报状态：未开始、申报中、已截止、已停用", example = "申报中") String declarationState,
        @Schema(description = "ACTIVE 有效；INACTIVE 配置文件已删除，保留记录") NoticeStatus status) {
}
