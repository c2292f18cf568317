package cn.xj.titlereview.declaration;

import cn.xj.titlereview.notice.Labelled;

/**
 * Vocational qualification of a high-skill talent (高技能人才), lowest first: the skilled-worker
 * pathway leads from it to a title level after the notice's years.
 */
public enum SkilledQualification implements Labelled {
    SENIOR_WORKER("高级工"),
    TECHNICIAN("技师"),
    SENIOR_TECHNICIAN("高级技师");

    private final String label;

    SkilledQualification(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** At least the qualification the notice names (by its Chinese word); false for an unknown word. */
    public boolean atLeast(String required) {
        return Labelled.parse(SkilledQualification.class, required).map(r -> ordinal() >= r.ordinal()).orElse(false);
    }
}
