package cn.xj.titlereview.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.xj.titlereview.api.FieldProblem;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from the 31 of {@link #ALPHABET} (no I, O, S, V, Z):
 * 登记管理部门代码 (1), 机构类别代码 (1), 登记管理机关行政区划码 (6 digits, GB/T 2260), 主体标识码 (9), and
 * the check character: with the weights {@link #WEIGHTS} of the first 17, C18 = 31 − (Σ Ci·Wi mod 31),
 * 31 being written 0. Letters are taken in either case and kept upper case.
 */
public final class CreditCodes {

    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    static final String RULE_LENGTH = "长度";
    static final String RULE_CHARACTERS = "字符";
    static final String RULE_CHECK = "校验码";

    /** The outcome: the code upper-cased, or every problem with the field named. */
    public record Check(String normalized, List<FieldProblem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private CreditCodes() {
    }

    public static Check check(String value, String field) {
        String code = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
        List<FieldProblem> problems = new ArrayList<>();
        if (code.length() != 18) {
            problems.add(new FieldProblem(field, RULE_LENGTH, "统一社会信用代码应为18位，现为" + code.length() + "位"));
            return new Check(code, problems);
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                problems.add(new FieldProblem(field, RULE_CHARACTERS, "统一社会信用代码第" + (i + 1) + "位“" + code.charAt(i)
                        + "”不是允许的字符（数字或除 I、O、S、V、Z 以外的大写字母）"));
                return new Check(code, problems);
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(code.charAt(i))) {
                problems.add(new FieldProblem(field, RULE_CHARACTERS, "统一社会信用代码第3至8位是登记管理机关的行政区划码，应为数字"));
                return new Check(code, problems);
            }
        }
        if (checkCharacter(code.substring(0, 17)) != code.charAt(17)) {
            problems.add(new FieldProblem(field, RULE_CHECK, "统一社会信用代码校验码（第18位）不正确，请核对"));
        }
        return new Check(code, problems);
    }

    /** The check character of the first 17 characters (upper case, from the alphabet). */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int c = 31 - sum % 31;
        return ALPHABET.charAt(c == 31 ? 0 : c);
    }
}
