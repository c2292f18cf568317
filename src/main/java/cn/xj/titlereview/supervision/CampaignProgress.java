package cn.xj.titlereview.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A notice's campaign at one moment, live from the engine, with the trend of its nightly snapshots. */
@Schema(description = "通知的评审进度：各环节件数、超期件数、各单位和评委会件数、已办结结果、统计快照趋势")
public record CampaignProgress(
        @Schema(description = "通知编号") String noticeId,
        @Schema(description = "通知标题") String noticeTitle,
        @Schema(description = "统计时间") Instant countedAt,
        @Schema(description = "进行中的申报") long running,
        @Schema(description = "其中超期的申报") long overdue,
        @Schema(description = "已办结的申报") long finished,
        @Schema(description = "各环节进行中的件数（按流程顺序）") List<Step> steps,
        @Schema(description = "超期事项：已过期限的待办，和已到期未执行的期限") List<OverdueItem> overdueItems,
        @Schema(description = "各用人单位") List<Group> units,
        @Schema(description = "各评审委员会") List<Group> committees,
        @Schema(description = "已办结的申报按结果") List<Status> finishedByStatus,
        @Schema(description = "最近的每日统计快照，从早到晚") List<TrendPoint> trend) {

    /** Running applications at one activity of the notice's process (or its direct-recognition path). */
    public record Step(String processDefinitionKey, String activityId, String name, long count, long overdue) {
    }

    /**
     * One thing past its time: an open task whose due date has passed ({@code TASK}), or a timer (a fix
     * window, the payment deadline, publicity) due and not run yet ({@code TIMER}).
     */
    public record OverdueItem(String applicationNo, String step, String kind, String name, Instant dueAt) {
    }

    /** An employer unit's or a committee's applications of the notice. */
    public record Group(String code, String name, long running, long overdue, long finished) {
    }

    public record Status(String finalStatus, String label, long count) {
    }

    public record TrendPoint(LocalDate date, long running, long finished) {
    }
}
