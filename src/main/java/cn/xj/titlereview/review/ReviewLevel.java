package cn.xj.titlereview.review;

/** Who returned an application for revision (input parameter {@code reviewLevel} of the revision tasks). */
public enum ReviewLevel {
    /** 用人单位 */
    UNIT,
    /** 主管单位 */
    COMPETENT,
    /** 评审委员会办事机构 */
    COMMITTEE
}
