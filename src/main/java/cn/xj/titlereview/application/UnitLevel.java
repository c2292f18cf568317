package cn.xj.titlereview.application;

/** Administrative level of the employer unit as the applicant declares it (单位归属). */
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
