package cn.xj.titlereview.directory;

/**
 * GB/T 2260 codes as a tree: 650000 the autonomous region, 652900 a prefecture (地区), 652901 a county or
 * city within it. A region holds every code that begins with its code less the trailing pairs of zeros.
 */
final class Regions {

    static final String AUTONOMOUS_REGION = "650000";

    private Regions() {
    }

    static boolean isCode(String code) {
        return code != null && code.matches("[1-9][0-9]{5}");
    }

    /** Whether {@code code} lies in {@code region} (a region lies in itself). */
    static boolean within(String code, String region) {
        if (!isCode(code) || !isCode(region)) {
            return false;
        }
        String prefix = region;
        while (prefix.length() > 2 && prefix.endsWith("00")) {
            prefix = prefix.substring(0, prefix.length() - 2);
        }
        return code.startsWith(prefix);
    }
}
