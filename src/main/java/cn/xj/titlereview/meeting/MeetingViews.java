package cn.xj.titlereview.meeting;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** What the meeting API answers. */
final class MeetingViews {

    private MeetingViews() {
    }

    @Schema(description = "评审会议")
    record MeetingView(long id, String committeeCode, LocalDate date, String place, String videoLink, List<String> levels,
                       List<String> specialties, int expertCount,
                       @Schema(description = "PLANNED 已安排（可安排申报、登记回避）、DRAWN 已抽取评委、OPEN 已开始表决") String status,
                       @Schema(description = "会议日期所依据的备案") long filingId, String createdBy,
                       List<ApplicationView> applications, List<ExpertView> experts, List<InterestView> interests,
                       List<DrawView> draws) {
    }

    @Schema(description = "会议的一份申报（盲评：只有编号、级别和专业）")
    record ApplicationView(String applicationNo, String level, String specialty) {
    }

    @Schema(description = "会议的一位评委")
    record ExpertView(String expertId, @Schema(description = "DRAWN 已抽取、DECLINED 不能出席（已替补）") String status,
                      long drawId, String reason) {
    }

    @Schema(description = "登记的利害关系（回避）")
    record InterestView(String expertId, String applicationNo, String declaredBy, String declaredAt) {
    }

    @Schema(description = "一次抽取的记录：谁、何时、随机种子、候选人和被排除者；replayed 为按记录重新抽取的结果")
    record DrawView(long id, @Schema(description = "INITIAL 抽取、REPLACEMENT 替补") String kind, String drawnBy,
                    String drawnAt, long seed, int wanted, List<String> specialties,
                    @Schema(description = "候选人（账号:专业，按账号排序）") List<String> candidates,
                    @Schema(description = "被排除的专家及原因") List<String> excluded,
                    List<String> drawn, List<String> replayed,
                    @Schema(description = "按记录重抽与当时抽取的结果一致") boolean reproducible) {
    }
}
