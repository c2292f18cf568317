package cn.xj.titlereview.notice;

/** Title level; the code is used in process variables, DMN tables and notice files. */
public enum Level implements Labelled {
    SENIOR_FULL("正高级"),
    SENIOR_DEPUTY("副高级"),
    INTERMEDIATE("中级"),
    ASSISTANT("助理级"),
    JUNIOR("员级");

    private final String label;

    Level(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
