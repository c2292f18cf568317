package cn.xj.titlereview.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A sheet of records imported from .xlsx (first sheet, the template's headers in row 1, one record per row from row
 * 2) and its template: shared by the directory's units and the committees' expert pools. Every cell is read as the
 * text Excel shows; a problem is named by its cell ({@code C3}), row, column and rule. All or nothing: the callers
 * check every row and write none when one is wrong.
 */
public final class XlsxSheet {

    /** One column: the field it fills, its Chinese header, the template's example and its width in characters. */
    public record Column(String field, String header, String example, int width) {
    }

    /** One record of the sheet; {@code number} is the row number Excel shows, values by column (null: empty). */
    public record Row(int number, List<String> values) {

        public String value(int column) {
            return values.get(column);
        }
    }

    private final String kind;
    private final String noun;
    private final List<Column> columns;
    private final int maxRows;

    /**
     * @param kind what the template is of, as its headers are named ("用人单位")
     * @param noun what one row is, in the messages ("单位": 未导入任何单位)
     */
    public XlsxSheet(String kind, String noun, List<Column> columns, int maxRows) {
        this.kind = kind;
        this.noun = noun;
        this.columns = List.copyOf(columns);
        this.maxRows = maxRows;
    }

    public List<Column> columns() {
        return columns;
    }

    public int maxRows() {
        return maxRows;
    }

    /** The rows that hold anything; 400 naming the cell for a wrong header, a number in scientific notation, too many rows or no workbook. */
    public List<Row> read(InputStream in) {
        try (Workbook workbook = new XSSFWorkbook(in)) {
            if (workbook.getNumberOfSheets() == 0) {
                throw invalid("A1", "格式", "文件中没有工作表");
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<FieldProblem> headerProblems = new ArrayList<>();
            org.apache.poi.ss.usermodel.Row header = sheet.getRow(0);
            for (int c = 0; c < columns.size(); c++) {
                String text = header == null ? "" : formatter.formatCellValue(header.getCell(c)).trim();
                if (!columns.get(c).header().equals(text)) {
                    headerProblems.add(new FieldProblem(letter(c) + "1", "表头", "第1行" + letter(c) + "列应为“"
                            + columns.get(c).header() + "”" + (text.isEmpty() ? "" : "，现为“" + text + "”")
                            + "（请使用下载的模板）"));
                }
            }
            if (!headerProblems.isEmpty()) {
                throw ApiProblemException.badRequest("导入文件的表头不是" + kind + "模板的表头，未导入任何" + noun, headerProblems);
            }
            List<Row> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
                String[] values = new String[columns.size()];
                boolean empty = true;
                for (int c = 0; c < columns.size(); c++) {
                    Cell cell = row == null ? null : row.getCell(c);
                    String text = cell == null ? "" : formatter.formatCellValue(cell).trim();
                    if (cell != null && cell.getCellType() == CellType.NUMERIC && text.matches(".*[Ee][+-]?\\d+.*")) {
                        throw invalid(letter(c) + (r + 1), "格式", where(r + 1, columns.get(c).field())
                                + "：数字被 Excel 写成了科学计数法（" + text + "），请把该列设为“文本”后重新填写");
                    }
                    values[c] = text.isEmpty() ? null : text;
                    empty &= text.isEmpty();
                }
                if (empty) {
                    continue;
                }
                if (rows.size() == maxRows) {
                    throw invalid("A" + (r + 1), "行数", "一次最多导入 " + maxRows + " 个" + noun + "，请分批导入");
                }
                rows.add(new Row(r + 1, Collections.unmodifiableList(Arrays.asList(values))));
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiProblemException problem) {
                throw problem;
            }
            throw invalid("file", "格式", "无法读取文件：请上传 Excel 工作簿（.xlsx）");
        }
    }

    /**
     * The template: the headers (bold), one example row, every column as text, a drop-down list where {@code choices}
     * gives one (by column index), and a second sheet of notes.
     */
    public byte[] template(String sheetName, Map<Integer, String[]> choices, List<String> notes) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setDataFormat(text.getDataFormat());
            org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
            org.apache.poi.ss.usermodel.Row example = sheet.createRow(1);
            for (int c = 0; c < columns.size(); c++) {
                Column column = columns.get(c);
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
            choices.forEach((column, values) -> sheet.addValidationData(validations.createValidation(
                    validations.createExplicitListConstraint(values), new CellRangeAddressList(1, maxRows, column, column))));
            Sheet sheetOfNotes = workbook.createSheet("填写说明");
            for (int i = 0; i < notes.size(); i++) {
                sheetOfNotes.createRow(i).createCell(0).setCellValue(notes.get(i));
            }
            sheetOfNotes.setColumnWidth(0, 100 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell of a field in a row, as Excel names it ({@code C3}). */
    public String cell(int row, String field) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).field().equals(field)) {
                return letter(c) + row;
            }
        }
        return "A" + row;
    }

    /** "第3行C列（统一社会信用代码）". */
    public String where(int row, String field) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).field().equals(field)) {
                return "第" + row + "行" + letter(c) + "列（" + columns.get(c).header() + "）";
            }
        }
        return "第" + row + "行";
    }

    /** A row's problems (by field) as problems of the file (by cell, the message naming row and column). */
    public void addRowProblems(Problems file, int row, List<FieldProblem> problems) {
        problems.forEach(p -> file.add(cell(row, p.field()), p.rule(), where(row, p.field()) + "：" + p.message()));
    }

    /** 400: the file is wrong at this cell, nothing imported. */
    public ApiProblemException invalid(String cell, String rule, String message) {
        return ApiProblemException.badRequest("导入文件有误，未导入任何" + noun, List.of(new FieldProblem(cell, rule, message)));
    }

    private static String letter(int column) {
        return String.valueOf((char) ('A' + column));
    }
}
