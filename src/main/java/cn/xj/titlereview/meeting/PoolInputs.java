package cn.xj.titlereview.meeting;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** What a committee office sends for its pool, its filing and its meetings. */
final class PoolInputs {

    private PoolInputs() {
    }

    @Schema(description = "评审专家库中的一位专家（同一账号再次提交即修改）")
    record ExpertInput(
            @Schema(description = "专家账号（须在本评审委员会的评委组 expert<代码> 中）", example = "zjhm01") String expertId,
            @Schema(description = "系列（不填：评审委员会的系列）", example = "农业系列") String series,
            @Schema(description = "专业", example = "农学") String specialty,
            @Schema(description = "职称级别：SENIOR_FULL 正高级、SENIOR_DEPUTY 副高级、INTERMEDIATE 中级（代码或中文）",
                    example = "SENIOR_FULL") String titleLevel,
            @Schema(description = "工作单位名称", example = "哈密市农业科学研究所") String employerUnit,
            @Schema(description = "工作单位代码（在组织机构目录中登记的单位；回避同单位申报人时按代码比对）",
                    example = "650500001") String employerUnitCode,
            @Schema(description = "所在行政区划代码（GB/T 2260）", example = "650500") String regionCode,
            @Schema(description = "聘期开始（yyyy-MM-dd）", example = "2023-01-01") String termStart,
            @Schema(description = "聘期结束（yyyy-MM-dd）", example = "2025-12-31") String termEnd,
            @Schema(description = "是否在库可抽取（不填：是）") Boolean active) {
    }

    @Schema(description = "评审委员会及评审专家库的备案")
    record FilingInput(
            @Schema(description = "备案的人社部门（行政区划代码）", example = "650500") String bureauCode,
            @Schema(description = "备案日期（yyyy-MM-dd）", example = "2023-10-10") String filedOn,
            @Schema(description = "备案年度", example = "2023") Integer year,
            @Schema(description = "有效期至（yyyy-MM-dd；不填：备案年度的12月31日）", example = "2023-12-31") String validUntil) {
    }

    @Schema(description = "评审会议")
    record MeetingInput(
            @Schema(description = "会议日期（yyyy-MM-dd）", example = "2023-11-20") String date,
            @Schema(description = "地点（与视频会议链接至少填一项）", example = "市农业农村局三楼会议室") String place,
            @Schema(description = "视频会议链接") String videoLink,
            @Schema(description = "评审的级别（代码或中文）", example = "[\"INTERMEDIATE\"]") List<String> levels,
            @Schema(description = "须有评委覆盖的专业（不填：不限）", example = "[\"农学\"]") List<String> specialties,
            @Schema(description = "抽取的评委人数（单数，不少于该级别所需人数）", example = "5") Integer expertCount) {
    }

    @Schema(description = "安排到会议的申报")
    record ApplicationsInput(@Schema(description = "申报编号（已进入评审会表决、等待评审会议的申报）") List<String> applicationNos) {
    }

    @Schema(description = "评委不能出席（由其本人或办事机构登记），另行抽取一名替补")
    record DeclineInput(@Schema(description = "评委账号") String expertId,
                        @Schema(description = "原因") String reason) {
    }

    @Schema(description = "回避：抽取前登记的利害关系使该专家不被抽取；抽取后登记的，该评委不参加这一申报的表决")
    record RecusalInput(@Schema(description = "专家账号") String expertId,
                        @Schema(description = "申报编号") String applicationNo,
                        @Schema(description = "利害关系（如：近亲属、同一课题组）") String reason) {
    }
}
