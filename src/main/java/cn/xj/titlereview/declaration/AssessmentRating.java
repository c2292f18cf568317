package cn.xj.titlereview.declaration;

import cn.xj.titlereview.notice.Labelled;

/** Annual assessment rating (年度考核结果). */
public enum AssessmentRating implements Labelled {
    EXCELLENT("优秀"),
    QUALIFIED("合格"),
    BASICALLY_QUALIFIED("基本合格"),
    UNQUALIFIED("不合格");

    private final String label;

    AssessmentRating(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
