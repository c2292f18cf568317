package cn.xj.titlereview.document.word;

import java.util.Arrays;
import java.util.Optional;

/**
 * The Word documents the notices attach as templates, each issued (signed and sealed) by one party:
 * the employer unit's recommendation and integrity certificate, the competent department's
 * recommendation, the applicant's pledge.
 */
public enum DocumentKind {
    RECOMMENDATION("recommendation", "单位推荐意见", Issuer.UNIT),
    COMPETENT_RECOMMENDATION("competent-recommendation", "主管部门推荐意见", Issuer.COMPETENT),
    INTEGRITY("integrity", "廉政情况证明", Issuer.UNIT),
    PLEDGE("pledge", "个人承诺书", Issuer.APPLICANT);

    /** Who signs and seals the document, and so who may fetch it. */
    public enum Issuer { APPLICANT, UNIT, COMPETENT }

    private final String slug;
    private final String label;
    private final Issuer issuer;

    DocumentKind(String slug, String label, Issuer issuer) {
        this.slug = slug;
        this.label = label;
        this.issuer = issuer;
    }

    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    public Issuer issuer() {
        return issuer;
    }

    /** The template's file name under a folder of {@code config/documents/}. */
    public String fileName() {
        return slug + ".docx";
    }

    public static Optional<DocumentKind> ofSlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }

    public static Optional<DocumentKind> ofFileName(String fileName) {
        return Arrays.stream(values()).filter(k -> k.fileName().equals(fileName)).findFirst();
    }
}
