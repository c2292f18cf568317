package cn.xj.titlereview.notice;

/** Administrative level of an employer unit or of an area (values of the {@code unitLevel} variable). */
public enum UnitLevel implements Labelled {
    REGION("自治区级"),
    PREFECTURE("地州市级"),
    COUNTY("县级及以下"),
    OTHER("其他");

    private final String label;

    UnitLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
