package cn.xj.titlereview.declaration;

import cn.xj.titlereview.notice.Education;
import cn.xj.titlereview.notice.Labelled;

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

    /** The same level in the notices' rules; none below 中专 (the notices set no rule for it). */
    public Education noticeEducation() {
        return this == HIGH_SCHOOL ? null : Education.valueOf(name());
    }
}
