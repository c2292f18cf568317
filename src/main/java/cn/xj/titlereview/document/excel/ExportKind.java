package cn.xj.titlereview.document.excel;

import java.util.Arrays;
import java.util.Optional;

/** The Excel lists of a notice. */
public enum ExportKind {
    APPLICATIONS("applications", "申报清单"),
    RECOMMENDATIONS("recommendations", "推荐名册"),
    RESULTS("results", "评审结果"),
    STATISTICS("statistics", "分环节统计");

    private final String slug;
    private final String label;

    ExportKind(String slug, String label) {
        this.slug = slug;
        this.label = label;
    }

    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    public static Optional<ExportKind> ofSlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }
}
