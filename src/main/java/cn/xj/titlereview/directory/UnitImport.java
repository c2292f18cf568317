package cn.xj.titlereview.directory;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cn.xj.titlereview.api.ApiProblemException;
import cn.xj.titlereview.api.XlsxSheet;
import cn.xj.titlereview.api.XlsxSheet.Column;
import cn.xj.titlereview.directory.DirectoryInputs.UnitInput;
import cn.xj.titlereview.notice.EmployerType;
import cn.xj.titlereview.notice.Labelled;
import cn.xj.titlereview.notice.UnitLevel;

/**
 * The sheet of units an HR bureau imports (.xlsx, first sheet, headers in row 1, one unit per row from row 2)
 * and its template, read and written by the shared {@link XlsxSheet}. Every cell is read as the text Excel shows;
 * a problem is named by its cell ({@code C3}), row, column and rule.
 */
final class UnitImport {

    /** One unit of the sheet; {@code number} is the row number Excel shows. */
    record Row(int number, UnitInput input) {
    }

    static final List<Column> COLUMNS = List.of(
            new Column("code", "单位代码", "652900002", 14),
            new Column("name", "单位名称", "阿克苏地区示范农业技术推广站", 32),
            new Column("creditCode", "统一社会信用代码", "1265290045830003XT", 22),
            new Column("ownership", "单位性质", EmployerType.PUBLIC_INSTITUTION.label(), 12),
            new Column("level", "单位层级", UnitLevel.PREFECTURE.label(), 12),
            new Column("regionCode", "行政区划代码", "652900", 14),
            new Column("competentCode", "主管部门代码", "652901", 14));
    static final int MAX_ROWS = 5000;
    private static final XlsxSheet SHEET = new XlsxSheet("用人单位", "单位", COLUMNS, MAX_ROWS);

    private UnitImport() {
    }

    static List<Row> read(InputStream in) {
        return SHEET.read(in).stream().map(r -> new Row(r.number(), new UnitInput(r.value(0), r.value(1), r.value(2),
                r.value(3), r.value(4), r.value(5), r.value(6)))).toList();
    }

    /** The template: the headers, an example row, text cells, lists for ownership and level, and a sheet of notes. */
    static byte[] template() {
        String[] ownerships = Arrays.stream(EmployerType.values()).map(Labelled::label).toArray(String[]::new);
        String[] levels = Arrays.stream(UnitLevel.values()).map(Labelled::label).toArray(String[]::new);
        return SHEET.template("用人单位", Map.of(3, ownerships, 4, levels), List.of(
                "每行一个用人单位，第2行是示例（导入前请删除或改成真实单位）。",
                "单位代码：字母和数字，最多20位；已登记的代码按本行修改该单位，未登记的新增。",
                "统一社会信用代码：18位，按 GB 32100-2015 校验第18位校验码；字母大小写均可。",
                "单位性质：" + String.join("、", ownerships) + "。",
                "单位层级：" + String.join("、", levels) + "。",
                "行政区划代码：6位数字（GB/T 2260），须在本人社部门的地区之内。",
                "主管部门代码：须是已登记的主管部门。",
                "有任何一行不符合要求时，整个文件都不导入，并逐行列出问题（单元格、规则、说明）。"));
    }

    /** The cell of a field in a row, as Excel names it ({@code C3}). */
    static String cell(int row, String field) {
        return SHEET.cell(row, field);
    }

    /** "第3行C列（统一社会信用代码）". */
    static String where(int row, String field) {
        return SHEET.where(row, field);
    }

    static ApiProblemException invalid(String cell, String rule, String message) {
        return SHEET.invalid(cell, rule, message);
    }
}
