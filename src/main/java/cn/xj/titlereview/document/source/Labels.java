package cn.xj.titlereview.document.source;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;

import cn.xj.titlereview.calendar.BeijingTime;
import cn.xj.titlereview.notice.Labelled;

/** Codes and dates as a printed page shows them. */
public final class Labels {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private static final String NOTHING = "无";

    private Labels() {
    }

    /** The Chinese word of a code (or the text as written when it is none). */
    public static <E extends Enum<E> & Labelled> String label(Class<E> type, String code) {
        if (code == null || code.isBlank()) {
            return NOTHING;
        }
        return Labelled.parse(type, code).map(Labelled::label).orElse(code);
    }

    public static String yesNo(Boolean value) {
        return value == null ? "未填" : value ? "是" : "否";
    }

    public static String text(Object value) {
        return value == null || value.toString().isBlank() ? NOTHING : value.toString();
    }

    /** "2024年9月1日" from ISO {@code YYYY-MM-DD}; null or blank: the fallback. */
    public static String day(String iso, String fallback) {
        if (iso == null || iso.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(iso).format(DAY);
        } catch (java.time.format.DateTimeParseException e) {
            return iso;
        }
    }

    public static String day(LocalDate date) {
        return date == null ? NOTHING : date.format(DAY);
    }

    public static String day(Instant instant) {
        return instant == null ? NOTHING : instant.atZone(BeijingTime.ZONE).toLocalDate().format(DAY);
    }

    public static String day(Date date) {
        return date == null ? NOTHING : day(date.toInstant());
    }

    public static String minute(Instant instant) {
        return instant == null ? NOTHING : instant.atZone(BeijingTime.ZONE).format(MINUTE);
    }

    /** 张伟 → 张*, 阿不都热合曼 → 阿*****: the first character only. */
    public static String maskedName(String name) {
        if (name == null || name.isBlank()) {
            return "*";
        }
        String trimmed = name.strip();
        int first = trimmed.offsetByCodePoints(0, 1);
        int rest = trimmed.codePointCount(first, trimmed.length());
        return trimmed.substring(0, first) + "*".repeat(Math.max(1, rest));
    }
}
