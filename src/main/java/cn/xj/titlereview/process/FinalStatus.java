package cn.xj.titlereview.process;

/** How an application ends ({@code finalStatus} variable). */
public enum FinalStatus {
    APPROVED("评审通过"),
    REJECTED("未通过"),
    NOT_ACCEPTED("不予受理"),
    ABANDONED("视为放弃"),
    UNPAID("未缴费"),
    WITHDRAWN("已撤回"),
    INELIGIBLE("不符合申报条件");

    private final String label;

    FinalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
