package cn.xj.titlereview.application;

/** Title level; codes as in process variables, DMN tables and notice files. */
public enum TitleLevel implements Labelled {
    SENIOR_FULL("正高级"),
    SENIOR_DEPUTY("副高级"),
    INTERMEDIATE("中级"),
    ASSISTANT("助理级"),
    JUNIOR("员级");

    private final String label;

    TitleLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
