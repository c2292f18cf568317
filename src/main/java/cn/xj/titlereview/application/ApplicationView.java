package cn.xj.titlereview.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.xj.titlereview.attachment.AttachmentView;
import cn.xj.titlereview.declaration.ApplicationForm;

import io.swagger.v3.oas.annotations.media.Schema;

/** An application as the API answers it; the ID number only masked. */
@Schema(description = "申报")
public record ApplicationView(
        @Schema(description = "申报编号", example = "ZC2024-000123") String applicationNo,
        @Schema(description = "状态", example = "SUBMITTED") String status,
        @Schema(description = "状态说明", example = "审核中") String statusLabel,
        @Schema(description = "当前环节", example = "用人单位审核") String stage,
        @Schema(description = "当前环节编号", example = "[\"unit_review\"]") List<String> stageKeys,
        @Schema(description = "申报途径") PathView path,
        @Schema(description = "已提交次数") int submissionCount,
        @Schema(description = "评审费（元，确定后才有）") Integer fee,
        @Schema(description = "证书编号（人社部门审核确认、评审通过后才有）", example = "XJ2024-650000-000001") String certificateNo,
        @Schema(description = "退回修改的截止时间（退回修改期间才有；逾期视为放弃）") Instant reviseBy,
        @Schema(description = "申报人用户") String applicantUserId,
        @Schema(description = "出生日期（取自证件号码；号码不含出生日期的为申报人填写）") LocalDate birthDate,
        @Schema(description = "申报信息（身份证号码为遮盖形式）") ApplicationForm form,
        @Schema(description = "材料") List<AttachmentView> attachments,
        @Schema(description = "各次提交") List<SubmissionView> submissions,
        @Schema(description = "审核决定记录") List<DecisionView> decisions,
        @Schema(description = "创建时间") Instant createdAt,
        @Schema(description = "最后修改时间") Instant updatedAt,
        @Schema(description = "最近提交时间") Instant submittedAt) {

    @Schema(description = "申报途径：评审、初定、直接认定，或委托评审（受委托的评审委员会）")
    public record PathView(
            @Schema(description = "途径代码", allowableValues = {"TITLE_REVIEW", "INITIAL_DETERMINATION",
                    "DIRECT_RECOGNITION", "DELEGATED_EVALUATION"}) String code,
            @Schema(description = "途径说明", example = "委托评审：由自治区工程系列有色金属专业评审委员会评审") String label,
            @Schema(description = "受委托的评审委员会代码（委托评审时）", example = "650201") String committeeCode,
            @Schema(description = "受委托的评审委员会名称（委托评审时）") String committeeName) {
    }

    @Schema(description = "一次提交（冻结的版本）")
    public record SubmissionView(int version, Instant submittedAt, String submittedBy) {
    }

    @Schema(description = "一项审核决定")
    public record DecisionView(
            @Schema(description = "针对的提交版本") int snapshotVersion,
            @Schema(description = "环节编号", example = "committee_intake") String taskKey,
            @Schema(description = "决定", example = "RETURN") String decision,
            @Schema(description = "意见") String comment,
            @Schema(description = "退回原因") List<String> returnReasons,
            @Schema(description = "决定人（申报人查看时不显示）") String actor,
            @Schema(description = "时间") Instant decidedAt) {
    }

    @Schema(description = "申报概要")
    public record Summary(String applicationNo, String noticeId, String status, String statusLabel, String level,
                          String series, String specialty, int submissionCount, Instant updatedAt) {
    }

    @Schema(description = "办理机构查看的申报列表中的一行")
    public record Listed(
            @Schema(description = "申报编号") String applicationNo,
            @Schema(description = "通知编号") String noticeId,
            @Schema(description = "通知标题") String noticeTitle,
            @Schema(description = "申报人姓名") String name,
            @Schema(description = "用人单位代码") String unitCode,
            @Schema(description = "用人单位名称") String unitName,
            @Schema(description = "系列") String series,
            @Schema(description = "专业") String specialty,
            @Schema(description = "申报级别代码", example = "INTERMEDIATE") String level,
            @Schema(description = "申报级别", example = "中级") String levelLabel,
            @Schema(description = "状态代码", example = "SUBMITTED") String status,
            @Schema(description = "状态", example = "审核中") String statusLabel,
            @Schema(description = "当前环节", example = "用人单位审核") String stage,
            @Schema(description = "当前环节编号（审核中时）", example = "[\"unit_review\"]") List<String> stageKeys,
            @Schema(description = "已提交次数") int submissionCount,
            @Schema(description = "最近提交时间") Instant submittedAt,
            @Schema(description = "最后修改时间") Instant updatedAt) {
    }

    @Schema(description = "一页申报（办理机构、监督人员、系统管理员）")
    public record Page(
            @Schema(description = "页码，从 0 开始") int page,
            @Schema(description = "每页条数") int size,
            @Schema(description = "符合条件的总数") long total,
            @Schema(description = "本页的申报") List<Listed> items) {
    }
}
