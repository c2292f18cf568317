package cn.xj.titlereview.meeting;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

import cn.xj.titlereview.notice.Level;

/** The rules a committee meeting follows, with the clauses the answers cite. */
final class MeetingRules {

    /** Hami 2023 notice, 八、（一）2: a committee and its pool are filed with the HR bureau before they sit. */
    static final String FILING_CLAUSE = "《关于开展哈密市2023年度各系列（专业）职称评审工作的通知》八、（一）2：“各系列组建的评审委员会及"
            + "评审专家库要在10月15日前向市人力资源和社会保障局专业技术人员管理科报送备案。评委会未经备案的，不得组织召开评审工作。”";
    static final String ODD_CLAUSE = "《职称评审管理暂行规定》（人社部令第40号）：职称评审委员会组成人员应当是单数";
    static final String VOTE_CLAUSE = "《职称评审管理暂行规定》（人社部令第40号）：出席评审会议的专家人数应当不少于职称评审委员会人数的2/3，"
            + "同意票数达到出席评审会议的评审专家总数2/3以上的即为评审通过";
    static final String RECUSAL_CLAUSE = "《职称评审管理暂行规定》（人社部令第40号）：评审专家与评审对象有利害关系的，应当回避";

    /**
     * The fewest experts a meeting of a level sits with. The product's defaults, not a clause of a notice: every
     * notice so far is silent, and a committee office may always draw more (an odd number).
     */
    private static final Map<Level, Integer> MINIMUM = new EnumMap<>(Map.of(
            Level.SENIOR_FULL, 5, Level.SENIOR_DEPUTY, 5, Level.INTERMEDIATE, 3, Level.ASSISTANT, 3, Level.JUNIOR, 3));

    private MeetingRules() {
    }

    static int minimumExperts(Collection<Level> levels) {
        return levels.stream().mapToInt(MINIMUM::get).max().orElse(3);
    }

    /** The title an expert needs to sit on a meeting of these levels: 正高级 for 正高级, else at least 副高级. */
    static boolean mayEvaluate(Level expertLevel, Collection<Level> levels) {
        Level needed = levels.contains(Level.SENIOR_FULL) ? Level.SENIOR_FULL : Level.SENIOR_DEPUTY;
        return expertLevel.ordinal() <= needed.ordinal();
    }

    static String neededTitle(Collection<Level> levels) {
        return levels.contains(Level.SENIOR_FULL) ? "正高级" : "副高级及以上";
    }
}
