package cn.xj.titlereview.process;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Return reasons travel as one String, one reason per line (what the task form's textarea gives).
 * Completions through the API may also pass a JSON array (Spin, or as text) or a list; all are normalised here.
 */
public final class ReturnReasons {

    private ReturnReasons() {
    }

    /** The non-blank reasons, trimmed, in order. */
    public static List<String> parse(Object value) {
        List<String> reasons = new ArrayList<>();
        if (value == null) {
            return reasons;
        }
        if (value instanceof SpinJsonNode json) {
            if (json.isArray()) {
                json.elements().forEach(element -> add(reasons, element.isString() ? element.stringValue()
                        : element.toString()));
            } else if (json.isString()) {
                add(reasons, json.stringValue());
            }
            return reasons;
        }
        if (value instanceof Collection<?> items) {
            items.stream().filter(Objects::nonNull).forEach(item -> add(reasons, item.toString()));
            return reasons;
        }
        String text = value.toString().strip();
        if (text.startsWith("[") && text.endsWith("]")) {
            try {
                return parse(Spin.JSON(text));   // a JSON array sent as text (engine REST, a form field)
            } catch (RuntimeException notJson) {
                // not JSON after all: one reason per line
            }
        }
        add(reasons, text);
        return reasons;
    }

    /** One reason per line. */
    public static String join(List<String> reasons) {
        return String.join("\n", reasons);
    }

    private static void add(List<String> reasons, String text) {
        for (String line : text.split("\\R")) {
            String reason = line.strip();
            if (!reason.isEmpty()) {
                reasons.add(reason);
            }
        }
    }
}
