package cn.xj.titlereview.document.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import cn.xj.titlereview.api.ApiProblemException;
import cn.xj.titlereview.document.settings.DocumentProperties;

/**
 * XHTML (from {@link DocumentTemplates}) to an A4 PDF with openhtmltopdf on PDFBox, the CJK font
 * subset-embedded; then, with PDFBox, what every page of a printed copy needs: the page numbers
 * "第 n 页 共 m 页", the watermark (application number and verification code, in the margin and across
 * the page), and for double-sided printing an even number of pages, so the next copy starts on a
 * front side.
 */
@Component
public class PdfRenderer {

    /** The font family names the templates' CSS uses: {@code font-family: latin, cjk}. */
    public static final String CJK_FAMILY = "cjk";
    public static final String LATIN_FAMILY = "latin";
    private static final Logger log = LoggerFactory.getLogger(PdfRenderer.class);

    private final Path fontPath;
    private final Path latinFontPath;

    public PdfRenderer(DocumentProperties properties) {
        this.fontPath = properties.fontPath();
        this.latinFontPath = properties.latinFontPath();
        if (!usableFonts()) {
            log.error(missingFontMessage());
        }
    }

    /** What to print on every page besides the content. */
    public record Decoration(List<String> watermark, String marginNote, boolean pageNumbers, boolean duplex) {

        public static final Decoration PLAIN = new Decoration(List.of(), null, false, false);
    }

    public byte[] render(String xhtml, Decoration decoration) {
        requireFont();
        try {
            ByteArrayOutputStream html = new ByteArrayOutputStream();
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(latinFontPath.toFile(), LATIN_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(fontPath.toFile(), CJK_FAMILY, 400, FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(html);
            builder.run();
            try (PDDocument document = Loader.loadPDF(html.toByteArray())) {
                decorate(document, decoration);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                document.save(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new IllegalStateException("PDF 生成失败", e);
        }
    }

    private void decorate(PDDocument document, Decoration decoration) throws IOException {
        boolean padded = decoration.duplex() && document.getNumberOfPages() % 2 == 1;
        if (padded) {
            document.addPage(new PDPage(PDRectangle.A4));
        }
        int total = document.getNumberOfPages();
        if (decoration.watermark().isEmpty() && !decoration.pageNumbers()) {
            return;
        }
        Fonts font = new Fonts(load(document, latinFontPath), load(document, fontPath));
        for (int i = 0; i < total; i++) {
            PDPage page = document.getPage(i);
            PDRectangle box = page.getMediaBox();
            try (PDPageContentStream content = new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
                if (decoration.pageNumbers()) {
                    centred(content, font, 9, "第 " + (i + 1) + " 页 共 " + total + " 页", box.getWidth() / 2, 28);
                }
                if (decoration.marginNote() != null) {
                    centred(content, font, 7.5f, decoration.marginNote(), box.getWidth() / 2, box.getHeight() - 26);
                }
                if (!decoration.watermark().isEmpty()) {
                    watermark(content, font, decoration.watermark(), box);
                }
                if (padded && i == total - 1) {
                    centred(content, font, 9, "（本页无正文）", box.getWidth() / 2, box.getHeight() / 2);
                }
            }
        }
    }

    private static PDType0Font load(PDDocument document, Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return PDType0Font.load(document, in, true);
        }
    }

    /** Latin first, the CJK font for what Latin lacks: the text cut into runs of one font each. */
    private record Fonts(PDType0Font latin, PDType0Font cjk) {

        List<Map.Entry<PDType0Font, String>> runs(String text) throws IOException {
            List<Map.Entry<PDType0Font, String>> runs = new java.util.ArrayList<>();
            StringBuilder run = new StringBuilder();
            PDType0Font current = null;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                PDType0Font font = has(latin, ch) ? latin : cjk;
                if (current != null && font != current) {
                    runs.add(Map.entry(current, run.toString()));
                    run.setLength(0);
                }
                current = font;
                run.append(ch);
                i += Character.charCount(cp);
            }
            if (current != null) {
                runs.add(Map.entry(current, run.toString()));
            }
            return runs;
        }

        float width(String text, float size) throws IOException {
            float width = 0;
            for (Map.Entry<PDType0Font, String> run : runs(text)) {
                width += run.getKey().getStringWidth(run.getValue()) / 1000 * size;
            }
            return width;
        }

        /** Shows the text at the current position (inside BT … ET). */
        void show(PDPageContentStream content, String text, float size) throws IOException {
            for (Map.Entry<PDType0Font, String> run : runs(text)) {
                content.setFont(run.getKey(), size);
                content.showText(run.getValue());
            }
        }

        private static boolean has(PDType0Font font, String ch) {
            try {
                font.encode(ch);
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        }
    }

    private static void centred(PDPageContentStream content, Fonts font, float size, String text, float x, float y)
            throws IOException {
        float width = font.width(text, size);
        content.beginText();
        content.setNonStrokingColor(0.25f, 0.25f, 0.25f);
        content.newLineAtOffset(x - width / 2, y);
        font.show(content, text, size);
        content.endText();
    }

    /** Light grey lines across the page at 30°, three times down the page. */
    private static void watermark(PDPageContentStream content, Fonts font, List<String> lines, PDRectangle box)
            throws IOException {
        PDExtendedGraphicsState state = new PDExtendedGraphicsState();
        state.setNonStrokingAlphaConstant(0.16f);
        content.saveGraphicsState();
        content.setGraphicsStateParameters(state);
        content.setNonStrokingColor(0.45f, 0.45f, 0.45f);
        float size = 15;
        for (int band = 0; band < 3; band++) {
            float cx = box.getWidth() / 2;
            float cy = box.getHeight() * (band * 2 + 1) / 6f;
            for (int l = 0; l < lines.size(); l++) {
                String text = lines.get(l);
                float width = font.width(text, size);
                content.beginText();
                Matrix matrix = Matrix.getRotateInstance(Math.toRadians(30), cx, cy);
                matrix.translate(-width / 2, -l * size * 1.5f);
                content.setTextMatrix(matrix);
                font.show(content, text, size);
                content.endText();
            }
        }
        content.restoreGraphicsState();
    }

    private boolean usableFonts() {
        return fontPath != null && Files.isReadable(fontPath) && latinFontPath != null && Files.isReadable(latinFontPath);
    }

    private String missingFontMessage() {
        return "文书所需的字体不存在或不可读：中文字体 " + fontPath + "，西文字体 " + latinFontPath
                + "。请安装 Debian 软件包 fonts-droid-fallback 和 fonts-dejavu-core"
                + "（apt-get install fonts-droid-fallback fonts-dejavu-core），或以 titlereview.documents.font-path、"
                + "titlereview.documents.latin-font-path（环境变量 TITLEREVIEW_DOCUMENTS_FONTPATH、"
                + "TITLEREVIEW_DOCUMENTS_LATINFONTPATH）指定 TrueType（.ttf）字体";
    }

    private void requireFont() {
        if (!usableFonts()) {
            throw new ApiProblemException(HttpStatus.SERVICE_UNAVAILABLE, missingFontMessage());
        }
    }
}
