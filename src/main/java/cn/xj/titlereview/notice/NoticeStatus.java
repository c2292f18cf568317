package cn.xj.titlereview.notice;

/** Whether a stored notice still has its file. A notice whose file is removed stays, inactive. */
public enum NoticeStatus {
    ACTIVE("有效"),
    INACTIVE("已停用");

    private final String label;

    NoticeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
