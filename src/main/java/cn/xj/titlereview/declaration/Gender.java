package cn.xj.titlereview.declaration;

import cn.xj.titlereview.notice.Labelled;

/** Gender as the ID number states it (17th digit odd: male). */
public enum Gender implements Labelled {
    MALE("男"),
    FEMALE("女");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
