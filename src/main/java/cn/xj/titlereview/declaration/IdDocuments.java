package cn.xj.titlereview.declaration;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import cn.xj.titlereview.api.FieldProblem;

/**
 * The format of each kind of identity document ({@link IdType}), its normal form, its mask and what its
 * blind index is computed from. Every problem names the field and the rule, in Chinese, without the number.
 *
 * <ul>
 *   <li>居民身份证: GB 11643-1999 ({@link IdNumbers}), a mainland province as region;
 *   <li>港澳台居民居住证: the same layout and check character, region 810000 (香港), 820000 (澳门) or 830000 (台湾);
 *   <li>港澳居民来往内地通行证: H (香港) or M (澳门) and the 8-digit lifelong number (终身号). The card prints two
 *       more digits, the issue count (换证次数, 00 at first issue); they are accepted and dropped, because the
 *       first nine characters stay the same for life (公安部《港澳居民来往内地通行证号码规则》) and a renewed
 *       card must find the same person. The 2019 card for HK/Macao residents without Chinese nationality
 *       (港澳居民来往内地通行证（非中国籍）) has the same shape;
 *   <li>台湾居民来往大陆通行证: the 8-digit lifelong number of the card issued since 2015 (the issue count printed
 *       beside it is not part of it);
 *   <li>外国人永久居留身份证: until 2023 three letters (nationality) and 12 digits, from 2023-12-01 18 characters in
 *       the GB 11643 layout with its check character and 9 as first digit (国家移民管理局《新版外国人永久居留身份证
 *       机读信息规则》); only the latter carries the birth date;
 *   <li>护照: 5 to 17 letters and digits (passports of every country; spaces and hyphens are not part of the number).
 * </ul>
 */
public final class IdDocuments {

    private static final Pattern HK_MACAO = Pattern.compile("[HM][0-9]{8}([0-9]{2})?");
    private static final Pattern TAIWAN = Pattern.compile("[0-9]{8}");
    private static final Pattern FOREIGN_2004 = Pattern.compile("[A-Z]{3}[0-9]{12}");
    private static final Pattern PASSPORT = Pattern.compile("[A-Z0-9]{5,17}");

    private IdDocuments() {
    }

    /**
     * Outcome of a check: the kind, the normalised number (what is stored, indexed and masked), the birth date
     * and gender when the number carries them, else the problems.
     */
    public record Check(IdType type, String normalized, LocalDate birthDate, Gender gender, List<FieldProblem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** The kind named by its code or Chinese label; null or blank → the 居民身份证; unknown → null. */
    public static IdType parseType(String raw) {
        if (raw == null || raw.isBlank()) {
            return IdType.DEFAULT;
        }
        return cn.xj.titlereview.notice.Labelled.parse(IdType.class, raw).orElse(null);
    }

    /** The problem of an unknown kind, naming the allowed ones. */
    public static FieldProblem unknownType(String field) {
        return new FieldProblem(field, "取值", "证件类型应为：" + cn.xj.titlereview.notice.Labelled.allowed(IdType.class));
    }

    /** Every problem of the number for its kind at once; {@code today} is the date in Beijing. */
    public static Check check(IdType type, String raw, LocalDate today, String field) {
        IdType kind = type == null ? IdType.DEFAULT : type;
        switch (kind) {
            case RESIDENT_ID_CARD -> {
                return of(kind, IdNumbers.check(raw, today, field));
            }
            case HMT_RESIDENCE_PERMIT -> {
                return of(kind, IdNumbers.check(raw, today, field, kind.numberName(), id -> switch (id.substring(0, 6)) {
                    case "810000", "820000", "830000" -> null;
                    default -> "港澳台居民居住证号码的前6位应为810000（香港）、820000（澳门）或830000（台湾）";
                }));
            }
            case FOREIGN_PERMANENT_RESIDENT -> {
                return foreignPermanentResident(raw, today, field);
            }
            default -> {
                return shaped(kind, raw, field);
            }
        }
    }

    private static Check foreignPermanentResident(String raw, LocalDate today, String field) {
        IdType kind = IdType.FOREIGN_PERMANENT_RESIDENT;
        String id = compact(raw);
        if (id.isEmpty()) {
            return problem(kind, field, "必填", "请填写" + kind.numberName());
        }
        if (id.length() == 15) {
            return FOREIGN_2004.matcher(id).matches() ? new Check(kind, id, null, null, List.of())
                    : problem(kind, field, "格式", "外国人永久居留身份证号码（2023年以前版本）应为3位字母加12位数字");
        }
        if (id.length() != 18) {
            return problem(kind, field, "长度", "外国人永久居留身份证号码应为15位（2023年以前版本）或18位（2023年版）");
        }
        // the 2023 card: GB 11643 layout, 9 as first digit in place of a province
        IdNumbers.Check check = IdNumbers.check(id, today, field, "外国人永久居留身份证号码",
                number -> number.charAt(0) == '9' ? null : "外国人永久居留身份证号码（2023年版）首位应为9");
        // the sequence's parity is not documented as the holder's gender: only the birth date is taken
        return check.valid() ? new Check(kind, check.normalized(), check.birthDate(), null, List.of())
                : new Check(kind, null, null, null, check.problems());
    }

    private static Check shaped(IdType kind, String raw, String field) {
        String id = compact(raw);
        if (id.isEmpty()) {
            return problem(kind, field, "必填", "请填写" + kind.numberName());
        }
        return switch (kind) {
            case HK_MACAO_PERMIT -> {
                if (id.length() != 9 && id.length() != 11) {
                    yield problem(kind, field, "长度", "港澳居民来往内地通行证号码应为9位（可带2位换证次数，共11位）");
                }
                yield HK_MACAO.matcher(id).matches() ? new Check(kind, id.substring(0, 9), null, null, List.of())
                        : problem(kind, field, "格式", "港澳居民来往内地通行证号码应为H（香港）或M（澳门）加8位数字");
            }
            case TAIWAN_PERMIT -> {
                if (id.length() != 8) {
                    yield problem(kind, field, "长度", "台湾居民来往大陆通行证号码应为8位（不含换证次数）");
                }
                yield TAIWAN.matcher(id).matches() ? new Check(kind, id, null, null, List.of())
                        : problem(kind, field, "格式", "台湾居民来往大陆通行证号码应为8位数字");
            }
            case PASSPORT -> {
                if (id.length() < 5 || id.length() > 17) {
                    yield problem(kind, field, "长度", "护照号码应为5至17位");
                }
                yield PASSPORT.matcher(id).matches() ? new Check(kind, id, null, null, List.of())
                        : problem(kind, field, "格式", "护照号码只能由字母和数字组成");
            }
            default -> throw new IllegalArgumentException(kind.name());
        };
    }

    /** Trimmed, upper case, without the spaces and hyphens people type inside document numbers. */
    private static String compact(String raw) {
        return raw == null ? "" : raw.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
    }

    private static Check of(IdType kind, IdNumbers.Check check) {
        return new Check(kind, check.normalized(), check.birthDate(), check.gender(), check.problems());
    }

    private static Check problem(IdType kind, String field, String rule, String message) {
        return new Check(kind, null, null, null, List.of(new FieldProblem(field, rule, message)));
    }

    /** Whether a number of this kind and length carries the birth date (the 2023 永居证 does, the older one not). */
    public static boolean carriesBirthDate(IdType type, int length) {
        return type.encodesBirthDate() || type == IdType.FOREIGN_PERMANENT_RESIDENT && length == 18;
    }

    /**
     * What the blind index is computed from. The two kinds of the GB 11643 number space (居民身份证 and
     * 港澳台居民居住证: their regions never overlap) hash the number itself, as every index stored so far; the
     * other kinds prefix their type, so a passport and a 台胞证 with equal digits stay two people.
     */
    public static String indexKey(IdType type, String normalized) {
        IdType kind = type == null ? IdType.DEFAULT : type;
        return switch (kind) {
            case RESIDENT_ID_CARD, HMT_RESIDENCE_PERMIT -> normalized;
            default -> kind.name() + ":" + normalized;
        };
    }

    /**
     * The number as shown: 18 characters keep the region and the last four ({@code 650102********123X}); the
     * 15-character 永居证 its nationality and the last four; shorter numbers their first and last three
     * characters (at most half of a short one). Always contains "*".
     */
    public static String mask(String normalized) {
        if (normalized == null) {
            return null;
        }
        int n = normalized.length();
        if (n == 18) {
            return IdNumbers.mask(normalized);
        }
        if (n == 15) {
            return normalized.substring(0, 3) + "********" + normalized.substring(11);
        }
        int tail = n >= 8 ? 3 : Math.max(1, n / 2 - 1);
        int head = n >= 8 ? 1 : 0;
        return normalized.substring(0, head) + "*".repeat(Math.max(1, n - head - tail)) + normalized.substring(n - tail);
    }
}
