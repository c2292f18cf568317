package cn.xj.titlereview.notice;

/** Which composition of stages a notice runs. */
public enum NoticeFlow {
    /** Evaluation by a committee: unit, competent unit, committee, payment, defense, vote, publicity, confirmation. */
    TITLE_REVIEW("职称评审"),
    /** 初定: unit, competent unit and the HR bureau's confirmation; no committee, fee or defense. */
    INITIAL_DETERMINATION("初定初级职称");

    private final String label;

    NoticeFlow(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
