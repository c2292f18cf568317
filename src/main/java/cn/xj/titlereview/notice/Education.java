package cn.xj.titlereview.notice;

/** Highest education, as far as the notices distinguish it. */
public enum Education {
    SECONDARY_VOCATIONAL("中专"),
    JUNIOR_COLLEGE("大专"),
    BACHELOR("本科"),
    MASTER("硕士研究生"),
    DOCTOR("博士研究生");

    private final String label;

    Education(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
