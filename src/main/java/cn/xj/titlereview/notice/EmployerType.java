package cn.xj.titlereview.notice;

/** Kind of employer, as far as the notices' rules depend on it. */
public enum EmployerType implements Labelled {
    GOVERNMENT_ORGAN("机关"),
    PUBLIC_INSTITUTION("事业单位"),
    STATE_ENTERPRISE("国有企业"),
    PRIVATE("民营企业"),
    FREELANCE("自由职业"),
    OTHER("其他");

    private final String label;

    EmployerType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
