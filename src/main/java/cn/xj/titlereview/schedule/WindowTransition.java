package cn.xj.titlereview.schedule;

/** A notice window opening or closing. */
public enum WindowTransition {
    OPENED("开始"),
    CLOSED("截止");

    private final String label;

    WindowTransition(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
