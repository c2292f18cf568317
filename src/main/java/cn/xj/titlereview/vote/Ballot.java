package cn.xj.titlereview.vote;

import java.util.Arrays;

/** One expert's vote on one application (表决意见). */
public enum Ballot {
    FOR("同意"),
    AGAINST("不同意"),
    ABSTAIN("弃权");

    private final String label;

    Ballot(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads the value submitted by the vote form; anything else is refused. */
    public static Ballot of(Object value) {
        if (value instanceof String code) {
            for (Ballot ballot : values()) {
                if (ballot.name().equals(code.trim())) {
                    return ballot;
                }
            }
        }
        throw new IllegalArgumentException("表决意见须为" + Arrays.stream(values())
                .map(b -> b.name() + "（" + b.label + "）").toList() + "之一，实际为：" + value);
    }
}
