package cn.xj.titlereview.directory;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** What a client sends to add or change an organisation of the directory. */
final class DirectoryInputs {

    private DirectoryInputs() {
    }

    @Schema(description = "用人单位")
    record UnitInput(
            @Schema(description = "单位代码（字母和数字，最多20位；修改时可省略）", example = "650100002") String code,
            @Schema(description = "单位名称") String name,
            @Schema(description = "统一社会信用代码（GB 32100，18位，含校验码）", example = "126500004580000100") String creditCode,
            @Schema(description = "单位性质：GOVERNMENT_ORGAN 机关、PUBLIC_INSTITUTION 事业单位、STATE_ENTERPRISE 国有企业、"
                    + "PRIVATE 民营企业、FREELANCE 自由职业、OTHER 其他（代码或中文均可）") String ownership,
            @Schema(description = "单位层级：REGION 自治区级、PREFECTURE 地州市级、COUNTY 县级及以下、OTHER 其他") String level,
            @Schema(description = "行政区划代码（GB/T 2260）", example = "650000") String regionCode,
            @Schema(description = "主管部门代码", example = "650100") String competentCode) {
    }

    @Schema(description = "主管部门")
    record CompetentInput(
            @Schema(description = "主管部门代码（修改时可省略）") String code,
            @Schema(description = "名称") String name,
            @Schema(description = "统一社会信用代码（可不填）") String creditCode,
            @Schema(description = "行政区划代码（GB/T 2260）") String regionCode) {
    }

    @Schema(description = "评审委员会")
    record CommitteeInput(
            @Schema(description = "评审委员会代码（修改时可省略）") String code,
            @Schema(description = "名称") String name,
            @Schema(description = "组建它的人社部门（行政区划代码）") String hrBureauCode,
            @Schema(description = "系列", example = "工程系列") String series,
            @Schema(description = "评审的专业（不填：本系列各专业）") List<String> specialties,
            @Schema(description = "评审的级别：SENIOR_FULL、SENIOR_DEPUTY、INTERMEDIATE、ASSISTANT、JUNIOR（代码或中文）") List<String> levels,
            @Schema(description = "评审的通知") List<String> notices) {
    }

    @Schema(description = "人社部门")
    record BureauInput(
            @Schema(description = "所在行政区划代码（即人社部门代码；修改时可省略）") String code,
            @Schema(description = "名称") String name,
            @Schema(description = "负责审核确认的通知") List<String> notices) {
    }
}
