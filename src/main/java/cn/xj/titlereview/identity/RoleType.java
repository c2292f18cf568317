package cn.xj.titlereview.identity;

/** The kinds of role of the design's role table; each maps to a set of engine authorizations. */
public enum RoleType {
    APPLICANT("申报人"),
    EMPLOYER_UNIT("用人单位"),
    COMPETENT_UNIT("主管单位"),
    COMMITTEE_OFFICE("评审委员会办事机构"),
    EXPERT("评审专家"),
    HR_BUREAU("人社部门"),
    SUPERVISOR("监督"),
    DESIGNER("流程设计");

    private final String chineseName;

    RoleType(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
