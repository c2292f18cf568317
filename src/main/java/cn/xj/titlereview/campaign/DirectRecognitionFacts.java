package cn.xj.titlereview.campaign;

import cn.xj.titlereview.notice.Level;

/**
 * The facts the direct-recognition path (直接认定) decides on: the current title's level, the consecutive
 * years of village work (访惠聚/驻村 etc.) since that title, how many consecutive of them were rated
 * 优秀, and whether the specialty is filled by examination (以考代评). Whether they suffice is decided
 * by the process (decision table {@code direct-recognition-eligibility}), not here.
 */
public record DirectRecognitionFacts(
        Level currentLevel,
        Integer villageWorkYears,
        Integer villageWorkExcellentYears,
        Boolean examFilledSpecialty) {

    /** The level directly above the current one, or null above 正高级. */
    public Level nextLevel() {
        return currentLevel == null || currentLevel.ordinal() == 0 ? null : Level.values()[currentLevel.ordinal() - 1];
    }
}
