package cn.xj.titlereview.document.verify;

/** The documents that carry a verification code. */
public enum DocumentKind {
    /** 《专业技术职务任职资格评审表》 */
    REVIEW_FORM("专业技术职务任职资格评审表"),
    /** 《初次确定专业技术职务呈报表》 */
    INITIAL_FORM("初次确定专业技术职务呈报表"),
    /** 电子职称证书 */
    CERTIFICATE("电子职称证书");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
