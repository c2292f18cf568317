package cn.xj.titlereview.notice;

import java.util.Arrays;
import java.util.Optional;

/**
 * Yes/no facts about an application that notice conditions may name (camel-case name in the
 * notice files, e.g. {@code when: titleObtainedOutsideXinjiang}).
 */
public enum Fact {
    TITLE_OBTAINED_OUTSIDE_XINJIANG("titleObtainedOutsideXinjiang", "现职称在疆外取得"),
    TRANSFERRED_FROM_GOVERNMENT_ORGAN("transferredFromGovernmentOrgan", "由机关调入企事业单位"),
    TEACHER("teacher", "申报教师系列"),
    VILLAGE_WORK("villageWork", "参加“访惠聚”驻村等工作"),
    AID_XINJIANG("aidXinjiang", "援疆专业技术人员"),
    DELEGATED_EVALUATION("delegatedEvaluation", "中央驻疆单位、外省驻疆企业或军队人员（委托评审）"),
    FIRST_APPLICATION("firstApplication", "首次申报职称"),
    SKILLED_WORKER("skilledWorker", "高技能人才贯通申报"),
    FULL_TIME_GRADUATE("fullTimeGraduate", "全日制普通高校（大中专）毕业生"),
    FOREIGN_NATIONAL("foreignNational", "外籍人员");

    private final String key;
    private final String label;

    Fact(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** Name used in notice files. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Optional<Fact> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
