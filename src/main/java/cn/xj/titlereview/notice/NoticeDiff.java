package cn.xj.titlereview.notice;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * The differences between two versions of a notice, field by field (the stored JSON form), each classed as
 * what a notice's own corrections may change once its declaration window has opened (a date moved later, a
 * fix of wording) or as a change of rules (everything else: fees, scope, limits, conditions, a date moved
 * earlier, an added or removed entry).
 */
public final class NoticeDiff {

    /** What kind of change a field's difference is. */
    public enum Kind {
        DATE_LATER("日期推后"),
        WORDING("文字修改"),
        RULE("规则变更");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One changed field: its path, the values before and after (JSON text; null when absent), its kind. */
    public record Change(String path, String before, String after, Kind kind) {

        /** "windows.declaration.end：2024-08-30T18:00:00 → 2025-08-29T18:00:00（日期推后）" */
        public String describe() {
            return path + "：" + (before == null ? "（无）" : before) + " → " + (after == null ? "（无）" : after)
                    + "（" + kind.label() + "）";
        }
    }

    /** Fields whose text is wording: quotations, notes, names and clause references, not rules. */
    static final Set<String> WORDING_FIELDS = Set.of("title", "original", "note", "reason", "clause", "basis",
            "name", "source", "documentNo", "address", "phone", "payTo", "reading", "unitOpinion",
            "competentOpinion", "committeeAccepted", "description");

    private NoticeDiff() {
    }

    public static List<Change> between(NoticeDefinition before, NoticeDefinition after) {
        List<Change> changes = new ArrayList<>();
        compare("", before == null ? MissingNode.getInstance() : NoticeJson.tree(NoticeJson.write(before)),
                NoticeJson.tree(NoticeJson.write(after)), false, changes);
        return changes;
    }

    public static boolean changesRules(List<Change> changes) {
        return changes.stream().anyMatch(c -> c.kind() == Kind.RULE);
    }

    private static void compare(String path, JsonNode a, JsonNode b, boolean wording, List<Change> changes) {
        boolean aMissing = a == null || a.isMissingNode() || a.isNull();
        boolean bMissing = b == null || b.isMissingNode() || b.isNull();
        if (aMissing && bMissing) {
            return;
        }
        if (!aMissing && !bMissing && a.isObject() && b.isObject()) {
            Set<String> names = new TreeSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                compare(path.isEmpty() ? name : path + "." + name, a.path(name), b.path(name),
                        wording || WORDING_FIELDS.contains(name) || "slips".equals(name), changes);
            }
            return;
        }
        if (!aMissing && !bMissing && a.isArray() && b.isArray()) {
            int size = Math.max(a.size(), b.size());
            for (int i = 0; i < size; i++) {
                compare(path + "[" + i + "]", a.path(i), b.path(i), wording, changes);
            }
            return;
        }
        if (!aMissing && !bMissing && a.equals(b)) {
            return;
        }
        String before = aMissing ? null : text(a);
        String after = bMissing ? null : text(b);
        changes.add(new Change(path, before, after, kind(path, a, b, aMissing, bMissing, wording)));
    }

    private static Kind kind(String path, JsonNode a, JsonNode b, boolean aMissing, boolean bMissing, boolean wording) {
        if (wording) {
            return Kind.WORDING;
        }
        if (path.startsWith("windows.") && (path.endsWith(".start") || path.endsWith(".end"))
                && !aMissing && !bMissing && a.isTextual() && b.isTextual()) {
            try {
                return LocalDateTime.parse(b.asText()).isAfter(LocalDateTime.parse(a.asText())) ? Kind.DATE_LATER : Kind.RULE;
            } catch (DateTimeParseException e) {
                return Kind.RULE;
            }
        }
        return Kind.RULE;
    }

    private static String text(JsonNode node) {
        if (node.isValueNode()) {
            return node.asText();
        }
        String json = node.toString();
        return json.length() > 300 ? json.substring(0, 300) + "…" : json;
    }
}
