package cn.xj.titlereview.document.excel;

import cn.xj.titlereview.calendar.BeijingTime;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One sheet written row by row with POI's streaming workbook: only the last {@link #WINDOW} rows
 * stay in memory, the rest goes to a compressed temporary file, and strings are written inline (no
 * shared-string table growing with the rows). Chinese headers in a frozen first row with a filter on
 * every column; times as real Excel dates in Beijing time.
 */
final class StreamedSheet implements AutoCloseable {

    static final int WINDOW = 100;
    static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";

    enum Type { TEXT, NUMBER, DATE_TIME, PERCENT }

    /** A column: its Chinese header, width in characters and kind of cell. */
    record Column(String header, int width, Type type) {
    }

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet sheet;
    private final List<Column> columns;
    private final CellStyle text;
    private final CellStyle number;
    private final CellStyle dateTime;
    private final CellStyle percent;
    private int next;

    StreamedSheet(String name, List<Column> columns) {
        workbook.setCompressTempFiles(true);
        this.sheet = workbook.createSheet(name);
        this.columns = List.copyOf(columns);
        this.text = bordered();
        this.number = bordered();
        this.dateTime = bordered();
        dateTime.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(DATE_TIME_FORMAT));
        this.percent = bordered();
        percent.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("0.0%"));
        header();
    }

    private void header() {
        CellStyle style = bordered();
        Font bold = workbook.createFont();
        bold.setBold(true);
        style.setFont(bold);
        style.setAlignment(HorizontalAlignment.CENTER);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        Row row = sheet.createRow(next++);
        row.setHeightInPoints(22);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(columns.get(i).header());
            cell.setCellStyle(style);
            // widths in 1/256 of a character; Chinese characters take two
            sheet.setColumnWidth(i, Math.min(255, columns.get(i).width() * 2 + 1) * 256);
        }
        sheet.createFreezePane(0, 1);
        // printed: A4 landscape, as wide as one page, the header on every page
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
    }

    /** Appends a row; values in column order (null leaves a cell empty). */
    void row(Object... values) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < columns.size(); i++) {
            Object value = i < values.length ? values[i] : null;
            Cell cell = row.createCell(i);
            switch (columns.get(i).type()) {
                case NUMBER -> {
                    cell.setCellStyle(number);
                    if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    }
                }
                case PERCENT -> {
                    cell.setCellStyle(percent);
                    if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    }
                }
                case DATE_TIME -> {
                    cell.setCellStyle(dateTime);
                    if (value instanceof Instant instant) {
                        cell.setCellValue(LocalDateTime.ofInstant(instant, BeijingTime.ZONE));
                    }
                }
                default -> {
                    cell.setCellStyle(text);
                    if (value != null) {
                        cell.setCellValue(value.toString());
                    }
                }
            }
        }
    }

    int dataRows() {
        return next - 1;
    }

    /** The filter over every column and row, then the workbook to the stream. */
    void writeTo(OutputStream out) throws IOException {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next - 1), 0, columns.size() - 1));
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
        workbook.dispose();
    }

    private CellStyle bordered() {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        return style;
    }
}
