package cn.xj.titlereview.process;

import java.util.Arrays;
import java.util.Optional;

/** A reviewer's decision on a review task ({@code decision} variable). */
public enum Decision {
    APPROVE("同意"),
    RETURN("退回修改"),
    REJECT("不同意"),
    /** 退回上一环节 (not to the applicant): only where the task's model allows it ({@code sendBackTo} property). */
    SEND_BACK("退回上一环节");

    private final String label;

    Decision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Decision> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String trimmed = code.trim();
        return Arrays.stream(values()).filter(d -> d.name().equals(trimmed)).findFirst();
    }
}
