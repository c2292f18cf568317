package cn.xj.titlereview.declaration;

import cn.xj.titlereview.notice.Labelled;

/** Putonghua proficiency test grade, best first; NONE when the applicant has no certificate. */
public enum PutonghuaLevel implements Labelled {
    FIRST_A("一级甲等"),
    FIRST_B("一级乙等"),
    SECOND_A("二级甲等"),
    SECOND_B("二级乙等"),
    THIRD_A("三级甲等"),
    THIRD_B("三级乙等"),
    NONE("无");

    private final String label;

    PutonghuaLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** At least the given grade (NONE reaches nothing). */
    public boolean atLeast(PutonghuaLevel minimum) {
        return this != NONE && ordinal() <= minimum.ordinal();
    }
}
