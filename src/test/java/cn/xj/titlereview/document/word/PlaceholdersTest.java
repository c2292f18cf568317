package cn.xj.titlereview.document.word;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    @Test
    void aPlaceholderThatWordSplitAcrossRunsIsFilledWithTheFormattingOfItsFirstRun() throws IOException {
        XWPFDocument document = new XWPFDocument();
        XWPFParagraph paragraph = document.createParagraph();
        run(paragraph, "同意推荐", false);
        run(paragraph, "{{na", true);
        run(paragraph, "me", false);
        run(paragraph, "}}同志申报{{ level }}职称", false);

        Placeholders.fill(document, Map.of("name", "张伟", "level", "正高级"));

        assertThat(paragraph.getText()).isEqualTo("同意推荐张伟同志申报正高级职称");
        assertThat(paragraph.getRuns().get(1).text()).isEqualTo("张伟");
        assertThat(paragraph.getRuns().get(1).isBold()).isTrue();
    }

    @Test
    void placeholdersInTablesHeadersAndFootersAreFoundAndFilled() throws IOException {
        XWPFDocument written = new XWPFDocument();
        XWPFDocument document = written;
        XWPFTable table = document.createTable(1, 2);
        table.getRow(0).getCell(0).setText("姓名");
        table.getRow(0).getCell(1).setText("{{name}}");
        document.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("{{applicationNo}}");
        document.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("{{unitName}}（公章）");

        // as a template is used: read from its file
        document = new XWPFDocument(new java.io.ByteArrayInputStream(bytes(written)));
        assertThat(Placeholders.names(document)).containsExactly("name", "applicationNo", "unitName");
        Placeholders.fill(document, Map.of("name", "张伟", "applicationNo", "ZC2024-000001", "unitName", "某单位"));

        String text = DocxText.of(bytes(document));
        assertThat(text).contains("张伟", "ZC2024-000001", "某单位（公章）").doesNotContain("{{");
    }

    private static void run(XWPFParagraph paragraph, String text, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setBold(bold);
        run.setText(text);
    }

    private static byte[] bytes(XWPFDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.write(out);
        return out.toByteArray();
    }
}
