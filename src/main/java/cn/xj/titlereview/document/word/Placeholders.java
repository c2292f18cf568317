package cn.xj.titlereview.document.word;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/**
 * {@code {{name}}} placeholders in a Word document: in paragraphs, tables (nested too), headers and
 * footers. Word splits text into runs wherever formatting, spelling marks or editing history change,
 * so a placeholder typed in Word may span several runs: the paragraph's text is matched as a whole
 * and the value takes the formatting of the run where the placeholder starts.
 */
final class Placeholders {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9]*)\\s*}}");

    private Placeholders() {
    }

    /** The names of every placeholder in the document, in order of appearance. */
    static Set<String> names(XWPFDocument document) {
        Set<String> names = new LinkedHashSet<>();
        for (XWPFParagraph paragraph : paragraphs(document)) {
            Matcher matcher = PLACEHOLDER.matcher(text(paragraph.getRuns()));
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    /** Replaces every placeholder by its value; an unknown name by the empty text. */
    static void fill(XWPFDocument document, Map<String, String> values) {
        fill(document, name -> values.getOrDefault(name, ""));
    }

    static void fill(XWPFDocument document, Function<String, String> values) {
        for (XWPFParagraph paragraph : paragraphs(document)) {
            fill(paragraph, values);
        }
    }

    private static void fill(XWPFParagraph paragraph, Function<String, String> values) {
        List<XWPFRun> runs = paragraph.getRuns();
        String text = text(runs);
        Matcher matcher = PLACEHOLDER.matcher(text);
        List<int[]> found = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (matcher.find()) {
            found.add(new int[] {matcher.start(), matcher.end()});
            names.add(matcher.group(1));
        }
        // from the last to the first, so earlier offsets stay valid
        for (int i = found.size() - 1; i >= 0; i--) {
            replace(runs, found.get(i)[0], found.get(i)[1], values.apply(names.get(i)));
        }
    }

    private static void replace(List<XWPFRun> runs, int start, int end, String value) {
        int offset = 0;
        for (XWPFRun run : runs) {
            String runText = runText(run);
            int runStart = offset;
            int runEnd = offset + runText.length();
            offset = runEnd;
            if (runEnd <= start || runStart >= end) {
                continue;
            }
            String before = start > runStart ? runText.substring(0, start - runStart) : "";
            String after = end < runEnd ? runText.substring(end - runStart) : "";
            // the value goes where the placeholder starts; the other runs lose their share of it
            setText(run, before + (start >= runStart ? value : "") + after);
        }
    }

    private static String text(List<XWPFRun> runs) {
        StringBuilder text = new StringBuilder();
        runs.forEach(run -> text.append(runText(run)));
        return text.toString();
    }

    /** The run's text elements only: tabs and breaks never hold a placeholder. */
    private static String runText(XWPFRun run) {
        CTR ctr = run.getCTR();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < ctr.sizeOfTArray(); i++) {
            String value = ctr.getTArray(i).getStringValue();
            text.append(value == null ? "" : value);
        }
        return text.toString();
    }

    private static void setText(XWPFRun run, String text) {
        CTR ctr = run.getCTR();
        for (int i = ctr.sizeOfTArray() - 1; i >= 0; i--) {
            ctr.removeT(i);
        }
        if (!text.isEmpty()) {
            run.setText(text);
        }
    }

    private static List<XWPFParagraph> paragraphs(XWPFDocument document) {
        List<XWPFParagraph> all = new ArrayList<>();
        collect(document, all);
        for (XWPFHeader header : document.getHeaderList()) {
            collect(header, all);
        }
        for (XWPFFooter footer : document.getFooterList()) {
            collect(footer, all);
        }
        return all;
    }

    private static void collect(IBody body, List<XWPFParagraph> into) {
        into.addAll(body.getParagraphs());
        for (XWPFTable table : body.getTables()) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    collect(cell, into);
                }
            }
        }
    }
}
