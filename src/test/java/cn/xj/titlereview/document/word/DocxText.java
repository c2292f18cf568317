package cn.xj.titlereview.document.word;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** The text of a .docx as POI reads it back: paragraphs, tables, headers and footers. */
final class DocxText {

    private DocxText() {
    }

    /** Leaves the document under target/documents/ for people to open. */
    static void keep(String name, byte[] docx) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "documents");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.write(dir.resolve(name + ".docx"), docx);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String of(byte[] docx) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
