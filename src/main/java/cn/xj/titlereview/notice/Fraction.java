package cn.xj.titlereview.notice;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An exact ratio such as the 2/3 of 人社部令第40号. Written as {@code 2/3} or as a decimal
 * ({@code 0.75}) in notice files; compared with integer arithmetic so that 10 of 15 is exactly 2/3.
 */
public record Fraction(long numerator, long denominator) {

    public Fraction {
        if (denominator <= 0) {
            throw new IllegalArgumentException("分母须为正数");
        }
        long gcd = BigInteger.valueOf(numerator).gcd(BigInteger.valueOf(denominator)).longValue();
        if (gcd > 1) {
            numerator /= gcd;
            denominator /= gcd;
        }
    }

    /** From a notice file: {@code 2/3} (text) or a number such as {@code 0.75}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Fraction fromJson(Object value) {
        if (value instanceof Double || value instanceof Float) {
            return parse(BigDecimal.valueOf(((Number) value).doubleValue()).toPlainString());
        }
        return parse(value == null ? null : value.toString());
    }

    public static Fraction parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("比例不能为空");
        }
        String value = text.strip();
        try {
            int slash = value.indexOf('/');
            if (slash >= 0) {
                return new Fraction(Long.parseLong(value.substring(0, slash).strip()),
                        Long.parseLong(value.substring(slash + 1).strip()));
            }
            BigDecimal decimal = new BigDecimal(value);
            BigDecimal scaled = decimal.stripTrailingZeros();
            int scale = Math.max(scaled.scale(), 0);
            return new Fraction(scaled.movePointRight(scale).longValueExact(), BigInteger.TEN.pow(scale).longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("比例“" + value + "”无法识别，应写成 2/3 或 0.75 这样的形式");
        }
    }

    /** True when {@code part / whole >= this}; a whole of zero is never enough. */
    public boolean isMetBy(long part, long whole) {
        if (whole <= 0) {
            return false;
        }
        return BigInteger.valueOf(part).multiply(BigInteger.valueOf(denominator))
                .compareTo(BigInteger.valueOf(numerator).multiply(BigInteger.valueOf(whole))) >= 0;
    }

    public double doubleValue() {
        return (double) numerator / denominator;
    }

    /** True for 0 < value <= 1. */
    public boolean isProperPositive() {
        return numerator > 0 && numerator <= denominator;
    }

    @JsonValue
    @Override
    public String toString() {
        return denominator == 1 ? Long.toString(numerator) : numerator + "/" + denominator;
    }
}
