package cn.xj.titlereview.application;

/** Level of one diploma (same codes as the notice rules use, plus 高中及以下). */
public enum EducationLevel implements Labelled {
    HIGH_SCHOOL("高中及以下"),
    SECONDARY_VOCATIONAL("中专"),
    JUNIOR_COLLEGE("大专"),
    BACHELOR("本科"),
    MASTER("硕士研究生"),
    DOCTOR("博士研究生");

    private final String label;

    EducationLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
