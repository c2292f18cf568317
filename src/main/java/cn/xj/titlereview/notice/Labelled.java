package cn.xj.titlereview.notice;

import java.util.Arrays;
import java.util.Optional;

/** A code with the Chinese word people read; forms accept either. */
public interface Labelled {

    String name();

    String label();

    /** The constant whose code or Chinese label equals the text (trimmed); empty if none. */
    static <E extends Enum<E> & Labelled> Optional<E> parse(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.trim();
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(value) || e.label().equals(value))
                .findFirst();
    }

    /** "CODE（label）、…" for messages listing the allowed values. */
    static <E extends Enum<E> & Labelled> String allowed(Class<E> type) {
        return String.join("、", Arrays.stream(type.getEnumConstants()).map(e -> e.label()).toList());
    }
}
