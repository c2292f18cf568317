package cn.xj.titlereview.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF read back: the text of each page, and what the fonts are. */
final class PdfText {

    private final PDDocument document;
    private final List<String> pages;

    private PdfText(PDDocument document, List<String> pages) {
        this.document = document;
        this.pages = pages;
    }

    static PdfText of(PDDocument document) throws IOException {
        List<String> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int i = 1; i <= document.getNumberOfPages(); i++) {
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            pages.add(stripper.getText(document));
        }
        return new PdfText(document, pages);
    }

    int pageCount() {
        return pages.size();
    }

    String page(int index) {
        return pages.get(index);
    }

    /** Every page, without line breaks (a cell may wrap a long text). */
    String all() {
        return String.join("\n", pages).replace("\r", "").replace("\n", "");
    }

    void assertEveryPage(String... texts) {
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).as("page %d", i + 1).contains(texts);
        }
    }

    void assertPageNumbers() {
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).as("page %d", i + 1).contains("第 " + (i + 1) + " 页 共 " + pages.size() + " 页");
        }
    }

    /** Every font of every page is embedded, as a subset (the CJK font is the one the text uses). */
    void assertFontEmbedded() throws IOException {
        boolean cjk = false;
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (var name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
                if (font.getName().contains("Droid") || font.getName().contains("+")) {
                    cjk = true;
                    assertThat(font.getName()).as("subset prefix").matches("[A-Z]{6}\\+.*");
                }
            }
        }
        assertThat(cjk).as("the CJK font is used").isTrue();
    }
}
