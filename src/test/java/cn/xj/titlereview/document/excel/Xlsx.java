package cn.xj.titlereview.document.excel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** An exported workbook read back with POI: its first sheet, the cells as Excel shows them. */
final class Xlsx implements AutoCloseable {

    final XSSFWorkbook workbook;
    final XSSFSheet sheet;
    private final DataFormatter formatter = new DataFormatter();

    Xlsx(byte[] content) {
        try {
            this.workbook = new XSSFWorkbook(new ByteArrayInputStream(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.sheet = workbook.getSheetAt(0);
    }

    List<String> headers() {
        return texts(sheet.getRow(0));
    }

    /** Every data row (below the header) as displayed texts. */
    List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= sheet.getLastRowNum(); i++) {
            rows.add(texts(sheet.getRow(i)));
        }
        return rows;
    }

    /** The data row whose column {@code column} reads {@code value}; null if none. */
    Row rowWhere(int column, String value) {
        for (int i = 1; i <= sheet.getLastRowNum(); i++) {
            Row row = sheet.getRow(i);
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && value.equals(cell.getStringCellValue())) {
                return row;
            }
        }
        return null;
    }

    List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            Cell cell = row.getCell(i);
            texts.add(cell == null ? "" : formatter.formatCellValue(cell));
        }
        return texts;
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
