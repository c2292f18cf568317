package cn.xj.titlereview.application;

import cn.xj.titlereview.notice.Labelled;

/**
 * Where an application stands. DRAFT and RETURNED may be edited by the applicant; SUBMITTED is in
 * review; the others are the final statuses of the process contract.
 */
public enum ApplicationStatus implements Labelled {
    DRAFT("草稿"),
    SUBMITTED("审核中"),
    RETURNED("退回修改"),
    APPROVED("评审通过"),
    REJECTED("未通过"),
    NOT_ACCEPTED("不予受理"),
    ABANDONED("视为放弃"),
    UNPAID("未缴费"),
    WITHDRAWN("已撤回"),
    INELIGIBLE("不符合申报条件");

    private final String label;

    ApplicationStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The applicant may change data and materials. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    public boolean isFinal() {
        return this != DRAFT && this != SUBMITTED && this != RETURNED;
    }
}
