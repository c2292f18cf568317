package cn.xj.titlereview.meeting;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cn.xj.titlereview.api.XlsxSheet;
import cn.xj.titlereview.api.XlsxSheet.Column;
import cn.xj.titlereview.meeting.PoolInputs.ExpertInput;
import cn.xj.titlereview.notice.Level;

/**
 * The sheet of experts a committee office imports into its pool (.xlsx, first sheet, headers in row 1, one expert per
 * row from row 2) and its template, read and written as the directory's units are ({@link XlsxSheet}).
 */
final class PoolImport {

    /** One expert of the sheet; {@code number} is the row number Excel shows. */
    record Row(int number, ExpertInput input) {
    }

    static final String YES = "是";
    static final String NO = "否";
    static final List<Column> COLUMNS = List.of(
            new Column("expertId", "专家账号", "zjhm01", 14),
            new Column("specialty", "专业", "畜牧兽医", 16),
            new Column("titleLevel", "职称级别", Level.SENIOR_FULL.label(), 10),
            new Column("employerUnit", "工作单位", "哈密职业技术学院", 28),
            new Column("employerUnitCode", "单位代码（已登记的用人单位可填）", "", 18),
            new Column("regionCode", "行政区划代码", "650500", 14),
            new Column("termStart", "聘期开始", "2023-01-01", 12),
            new Column("termEnd", "聘期结束", "2025-12-31", 12),
            new Column("active", "是否在库", YES, 10));
    static final int MAX_ROWS = 2000;
    static final XlsxSheet SHEET = new XlsxSheet("评审专家库", "专家", COLUMNS, MAX_ROWS);

    private PoolImport() {
    }

    static List<Row> read(InputStream in) {
        return SHEET.read(in).stream().map(r -> new Row(r.number(), new ExpertInput(r.value(0), null, r.value(1),
                r.value(2), r.value(3), r.value(4), r.value(5), r.value(6), r.value(7), active(r.value(8))))).toList();
    }

    /** 是 or empty: in the pool; 否: kept but not drawn; anything else is reported by the service (null here). */
    private static Boolean active(String text) {
        if (text == null || YES.equals(text)) {
            return Boolean.TRUE;
        }
        return NO.equals(text) ? Boolean.FALSE : null;
    }

    static boolean validActive(String text) {
        return text == null || YES.equals(text) || NO.equals(text);
    }

    static byte[] template(String committeeCode, String series) {
        String[] levels = Arrays.stream(Level.values()).map(Level::label).toArray(String[]::new);
        return SHEET.template("评审专家库", Map.of(2, levels, 8, new String[] {YES, NO}), List.of(
                "评审委员会 " + committeeCode + "（" + series + "）的评审专家库：每行一位专家，第2行是示例（导入前请删除或改成真实专家）。",
                "专家账号：须已在本评审委员会的评委组（expert" + committeeCode + "）中；已入库的账号按本行修改，未入库的加入。",
                "专业：不超过50个字，不含逗号和冒号；抽取评委时按专业覆盖会议的专业。",
                "职称级别：" + String.join("、", levels) + "；正高级会议只抽正高级专家，其他会议抽副高级及以上。",
                "工作单位：必填（抽取时回避与申报人同单位的专家）；单位代码可不填，填写时须是已登记的用人单位。",
                "行政区划代码：6位数字（GB/T 2260）。聘期：yyyy-MM-dd，结束不早于开始；会议日期须在聘期内。",
                "是否在库：是（可抽取，不填即为是）或 否（暂停抽取）。",
                "有任何一行不符合要求时，整个文件都不导入，并逐行列出问题（单元格、规则、说明）。"));
    }
}
