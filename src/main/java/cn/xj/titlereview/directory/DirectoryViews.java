package cn.xj.titlereview.directory;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** What the directory API answers; {@code editable}: whether the caller may change the entry. */
final class DirectoryViews {

    private DirectoryViews() {
    }

    @Schema(description = "行政区划（GB/T 2260）")
    record RegionView(String code, String name) {
    }

    @Schema(description = "用人单位")
    record UnitView(String code, String name, String creditCode, String ownership, String ownershipLabel, String level,
                    String levelLabel, String regionCode, String regionName, String competentCode, String competentName,
                    boolean editable) {
    }

    @Schema(description = "主管部门")
    record CompetentView(String code, String name, String creditCode, String regionCode, String regionName,
                         boolean editable) {
    }

    @Schema(description = "评审委员会")
    record CommitteeView(String code, String name, String hrBureauCode, String hrBureauName, String series,
                         List<String> specialties, List<String> levels, List<String> notices, boolean editable) {
    }

    @Schema(description = "人社部门")
    record BureauView(String code, String name, String regionName, List<String> notices, boolean editable) {
    }

    @Schema(description = "导入结果")
    record ImportResult(@Schema(description = "新增的单位数") int created, @Schema(description = "修改的单位数") int updated,
                        @Schema(description = "导入的单位代码") List<String> codes) {
    }
}
