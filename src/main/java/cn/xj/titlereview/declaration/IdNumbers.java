package cn.xj.titlereview.declaration;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import cn.xj.titlereview.api.FieldProblem;

/**
 * Resident ID numbers of GB 11643-1999: 6-digit address code, 8-digit birth date, 3-digit
 * sequence (odd for men), ISO 7064 MOD 11-2 check character (0-9 or X). A lowercase x is taken
 * as X. The number itself never appears in a message. The 居民身份证 has a mainland province as its
 * region; the other kinds written in this layout (港澳台居民居住证, the 2023 外国人永久居留身份证) are
 * checked with their own region rule through {@link IdDocuments}.
 */
public final class IdNumbers {

    public static final int MIN_AGE = 16;
    public static final int MAX_AGE = 70;

    /**
     * Mainland province-level codes (GB/T 2260): first two digits of every 居民身份证. Hong Kong, Macao and
     * Taiwan (81, 82, 83) are the regions of the 港澳台居民居住证, a kind of its own.
     */
    static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65");
    /** First two digits the 港澳台居民居住证 uses: the regions of Hong Kong, Macao and Taiwan. */
    static final Set<String> HMT_REGIONS = Set.of("81", "82", "83");

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private IdNumbers() {
    }

    /** Outcome of a check: the normalised number, birth date and gender when valid, else the problems. */
    public record Check(String normalized, LocalDate birthDate, Gender gender, List<FieldProblem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** Trimmed, upper case (x → X). */
    public static String normalize(String raw) {
        return raw == null ? null : raw.trim().toUpperCase(Locale.ROOT);
    }

    /**
     * Every problem of the number at once (format first: without 18 well-formed characters the
     * other checks are not made). {@code today} is the date in Beijing.
     */
    public static Check check(String raw, LocalDate today, String field) {
        return check(raw, today, field, "身份证号码", IdNumbers::residentRegion);
    }

    private static String residentRegion(String id) {
        if (HMT_REGIONS.contains(id.substring(0, 2))) {
            return "身份证号码的地区码（前两位）为港澳台地区，持港澳台居民居住证的请选择证件类型“港澳台居民居住证”";
        }
        return PROVINCES.contains(id.substring(0, 2)) ? null
                : "身份证号码的地区码（前两位）不是有效的省级行政区划代码";
    }

    /**
     * The GB 11643 layout under another name ({@code what}: "港澳台居民居住证号码" …) and region rule
     * ({@code region}: the message when the number's region is wrong, null when it is right).
     */
    static Check check(String raw, LocalDate today, String field, String what,
                       java.util.function.Function<String, String> region) {
        String id = normalize(raw);
        List<FieldProblem> problems = new ArrayList<>();
        if (id == null || id.isEmpty()) {
            problems.add(new FieldProblem(field, "必填", "请填写" + what));
            return new Check(null, null, null, problems);
        }
        if (id.length() != 18) {
            problems.add(new FieldProblem(field, "长度", what + "应为18位"));
            return new Check(null, null, null, problems);
        }
        if (!id.substring(0, 17).chars().allMatch(c -> c >= '0' && c <= '9')
                || !(Character.isDigit(id.charAt(17)) || id.charAt(17) == 'X')) {
            problems.add(new FieldProblem(field, "格式", what + "前17位须为数字，最后一位为数字或X"));
            return new Check(null, null, null, problems);
        }
        String regionProblem = region.apply(id);
        if (regionProblem != null) {
            problems.add(new FieldProblem(field, "地区码", regionProblem));
        }
        LocalDate birth = null;
        try {
            birth = LocalDate.parse(id.substring(6, 14), BIRTH);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "出生日期", what + "中的出生日期不是有效日期"));
        }
        if (birth != null) {
            String age = ageProblem(birth, today, what);
            if (age != null) {
                problems.add(new FieldProblem(field, "出生日期", age));
            }
        }
        if (checkCharacter(id.substring(0, 17)) != id.charAt(17)) {
            problems.add(new FieldProblem(field, "校验码", what + "校验码不正确"));
        }
        if (!problems.isEmpty()) {
            return new Check(null, null, null, problems);
        }
        Gender gender = (id.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
        return new Check(id, birth, gender, List.of());
    }

    /**
     * "{source}中的出生日期晚于今天" or "按{source}计算的年龄应在16至70岁之间", or null when the birth date is
     * possible for an applicant ({@code source}: "身份证号码", "出生日期" …).
     */
    static String ageProblem(LocalDate birth, LocalDate today, String source) {
        if (birth.isAfter(today)) {
            return source + (source.endsWith("号码") ? "中的出生日期" : "") + "晚于今天";
        }
        int age = Period.between(birth, today).getYears();
        if (age < MIN_AGE || age > MAX_AGE) {
            return "按" + source + "计算的年龄应在" + MIN_AGE + "至" + MAX_AGE + "岁之间";
        }
        return null;
    }

    /** ISO 7064 MOD 11-2 check character of the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** {@code 650102********123X}: region code and last four shown, birth date and sequence hidden. */
    public static String mask(String normalized) {
        if (normalized == null || normalized.length() != 18) {
            return normalized == null ? null : "*".repeat(normalized.length());
        }
        return normalized.substring(0, 6) + "********" + normalized.substring(14);
    }

    /** Looks like a masked number (as {@link #mask} writes it): clients send it back unchanged. */
    public static boolean isMasked(String value) {
        return value != null && value.contains("*");
    }
}
