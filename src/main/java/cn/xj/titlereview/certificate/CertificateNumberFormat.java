package cn.xj.titlereview.certificate;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Layout of a certificate number: {@code <region code 6><year 4><level code 1><sequence 6>},
 * e.g. {@code 65290020242000001} for the first 副高级 certificate of a 2024 notice confirmed by
 * the Akesu prefecture bureau (652900). The sequence counts per prefix (region, year, level).
 * The region code is the confirming bureau's GB/T 2260 code, taken from its group id
 * ({@code hrb652900}); the year is the notice's year (评审年度), taken from the notice id.
 */
public final class CertificateNumberFormat {

    public static final int MAX_SEQUENCE = 999_999;

    private static final Pattern HRB_GROUP = Pattern.compile("hrb(\\d{6})");
    private static final Pattern NOTICE_YEAR = Pattern.compile("notice-(\\d{4})-.+");
    private static final Map<String, Character> LEVEL_CODES = Map.of(
            "SENIOR_FULL", '1',
            "SENIOR_DEPUTY", '2',
            "INTERMEDIATE", '3',
            "ASSISTANT", '4',
            "JUNIOR", '5');

    private CertificateNumberFormat() {
    }

    public static String prefix(CertificateRequest request) {
        return regionCode(request.hrbGroup()) + year(request.noticeId()) + levelCode(request.level());
    }

    public static String number(String prefix, long sequence) {
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalStateException("证书编号序号超出范围（1-" + MAX_SEQUENCE + "）：" + prefix + " / " + sequence);
        }
        return prefix + String.format("%06d", sequence);
    }

    static String regionCode(String hrbGroup) {
        Matcher matcher = HRB_GROUP.matcher(hrbGroup == null ? "" : hrbGroup);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("人社部门用户组须为 hrb 加6位行政区划代码，实际为：" + hrbGroup);
        }
        return matcher.group(1);
    }

    static String year(String noticeId) {
        Matcher matcher = NOTICE_YEAR.matcher(noticeId == null ? "" : noticeId);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("通知编号须为 notice-<年份>-<名称>，实际为：" + noticeId);
        }
        return matcher.group(1);
    }

    static char levelCode(String level) {
        Character code = level == null ? null : LEVEL_CODES.get(level);
        if (code == null) {
            throw new IllegalArgumentException("未知的职称级别：" + level);
        }
        return code;
    }
}
