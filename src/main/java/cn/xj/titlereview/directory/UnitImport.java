package cn.xj.titlereview.directory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.xj.titlereview.api.ApiProblemException;
import cn.xj.titlereview.api.FieldProblem;
import cn.xj.titlereview.directory.DirectoryInputs.UnitInput;
import cn.xj.titlereview.notice.EmployerType;
import cn.xj.titlereview.notice.Labelled;
import cn.xj.titlereview.notice.UnitLevel;

/**
 * The sheet of units an HR bureau imports (.xlsx, first sheet, headers in row 1, one unit per row from row 2)
 * and its template. Every cell is read as the text Excel shows; a problem is named by its cell ({@code C3}),
 * row, column and rule.
 */
final class UnitImport {

    /** One unit of the sheet; {@code number} is the row number Excel shows. */
    record Row(int number, UnitInput input) {
    }

    record Column(String field, String header, String example, int width) {
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

    private UnitImport() {
    }

    static List<Row> read(InputStream in) {
        try (Workbook workbook = new XSSFWorkbook(in)) {
            if (workbook.getNumberOfSheets() == 0) {
                throw invalid("A1", "格式", "文件中没有工作表");
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<FieldProblem> headerProblems = new ArrayList<>();
            org.apache.poi.ss.usermodel.Row header = sheet.getRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                String text = header == null ? "" : formatter.formatCellValue(header.getCell(c)).trim();
                if (!COLUMNS.get(c).header().equals(text)) {
                    headerProblems.add(new FieldProblem(letter(c) + "1", "表头", "第1行" + letter(c) + "列应为“"
                            + COLUMNS.get(c).header() + "”" + (text.isEmpty() ? "" : "，现为“" + text + "”")
                            + "（请使用下载的模板）"));
                }
            }
            if (!headerProblems.isEmpty()) {
                throw ApiProblemException.badRequest("导入文件的表头不是用人单位模板的表头，未导入任何单位", headerProblems);
            }
            List<Row> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
                String[] values = new String[COLUMNS.size()];
                boolean empty = true;
                for (int c = 0; c < COLUMNS.size(); c++) {
                    Cell cell = row == null ? null : row.getCell(c);
                    String text = cell == null ? "" : formatter.formatCellValue(cell).trim();
                    if (cell != null && cell.getCellType() == CellType.NUMERIC && text.matches(".*[Ee][+-]?\\d+.*")) {
                        throw invalid(letter(c) + (r + 1), "格式", where(r + 1, COLUMNS.get(c).field())
                                + "：数字被 Excel 写成了科学计数法（" + text + "），请把该列设为“文本”后重新填写");
                    }
                    values[c] = text.isEmpty() ? null : text;
                    empty &= text.isEmpty();
                }
                if (empty) {
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    throw invalid("A" + (r + 1), "行数", "一次最多导入 " + MAX_ROWS + " 个单位，请分批导入");
                }
                rows.add(new Row(r + 1, new UnitInput(values[0], values[1], values[2], values[3], values[4], values[5],
                        values[6])));
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiProblemException problem) {
                throw problem;
            }
            throw invalid("file", "格式", "无法读取文件：请上传 Excel 工作簿（.xlsx）");
        }
    }

    /** The template: the headers, an example row, text cells, lists for ownership and level, and a sheet of notes. */
    static byte[] template() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("用人单位");
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setDataFormat(text.getDataFormat());
            org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
            org.apache.poi.ss.usermodel.Row example = sheet.createRow(1);
            for (int c = 0; c < COLUMNS.size(); c++) {
                Column column = COLUMNS.get(c);
                sheet.setColumnWidth(c, column.width() * 256);
                sheet.setDefaultColumnStyle(c, text);
                Cell h = header.createCell(c);
                h.setCellValue(column.header());
                h.setCellStyle(bold);
                Cell e = example.createCell(c);
                e.setCellValue(column.example());
                e.setCellStyle(text);
            }
            sheet.createFreezePane(0, 1);
            DataValidationHelper validations = sheet.getDataValidationHelper();
            String[] ownerships = java.util.Arrays.stream(EmployerType.values()).map(Labelled::label).toArray(String[]::new);
            String[] levels = java.util.Arrays.stream(UnitLevel.values()).map(Labelled::label).toArray(String[]::new);
            sheet.addValidationData(validations.createValidation(validations.createExplicitListConstraint(ownerships),
                    new CellRangeAddressList(1, MAX_ROWS, 3, 3)));
            sheet.addValidationData(validations.createValidation(validations.createExplicitListConstraint(levels),
                    new CellRangeAddressList(1, MAX_ROWS, 4, 4)));
            Sheet notes = workbook.createSheet("填写说明");
            String[] lines = {
                    "每行一个用人单位，第2行是示例（导入前请删除或改成真实单位）。",
                    "单位代码：字母和数字，最多20位；已登记的代码按本行修改该单位，未登记的新增。",
                    "统一社会信用代码：18位，按 GB 32100-2015 校验第18位校验码；字母大小写均可。",
                    "单位性质：" + String.join("、", ownerships) + "。",
                    "单位层级：" + String.join("、", levels) + "。",
                    "行政区划代码：6位数字（GB/T 2260），须在本人社部门的地区之内。",
                    "主管部门代码：须是已登记的主管部门。",
                    "有任何一行不符合要求时，整个文件都不导入，并逐行列出问题（单元格、规则、说明）。"};
            for (int i = 0; i < lines.length; i++) {
                notes.createRow(i).createCell(0).setCellValue(lines[i]);
            }
            notes.setColumnWidth(0, 100 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell of a field in a row, as Excel names it ({@code C3}). */
    static String cell(int row, String field) {
        for (int c = 0; c < COLUMNS.size(); c++) {
            if (COLUMNS.get(c).field().equals(field)) {
                return letter(c) + row;
            }
        }
        return "A" + row;
    }

    /** "第3行C列（统一社会信用代码）". */
    static String where(int row, String field) {
        for (int c = 0; c < COLUMNS.size(); c++) {
            if (COLUMNS.get(c).field().equals(field)) {
                return "第" + row + "行" + letter(c) + "列（" + COLUMNS.get(c).header() + "）";
            }
        }
        return "第" + row + "行";
    }

    private static String letter(int column) {
        return String.valueOf((char) ('A' + column));
    }

    private static ApiProblemException invalid(String cell, String rule, String message) {
        return ApiProblemException.badRequest("导入文件有误，未导入任何单位", List.of(new FieldProblem(cell, rule, message)));
    }
}
