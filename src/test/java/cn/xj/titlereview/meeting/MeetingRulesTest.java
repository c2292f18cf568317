package cn.xj.titlereview.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.xj.titlereview.notice.Level;
import cn.xj.titlereview.vote.VoteCountingService;
import cn.xj.titlereview.vote.VoteResult;
import cn.xj.titlereview.vote.VoteTally;

/**
 * The edges of a meeting's rules: the fewest experts per level (odd, the highest level of the meeting decides), the
 * title an expert needs, and the 2/3 quorum and pass on the smallest meetings, with experts standing aside.
 */
class MeetingRulesTest {

    private final VoteCountingService counting = new VoteCountingService();

    @Test
    void theHighestLevelOfTheMeetingDecidesTheFewestExpertsAndEveryMinimumIsOdd() {
        assertThat(MeetingRules.minimumExperts(List.of(Level.SENIOR_FULL))).isEqualTo(5);
        assertThat(MeetingRules.minimumExperts(List.of(Level.SENIOR_DEPUTY))).isEqualTo(5);
        assertThat(MeetingRules.minimumExperts(List.of(Level.INTERMEDIATE))).isEqualTo(3);
        assertThat(MeetingRules.minimumExperts(List.of(Level.INTERMEDIATE, Level.JUNIOR))).isEqualTo(3);
        assertThat(MeetingRules.minimumExperts(List.of(Level.JUNIOR, Level.SENIOR_DEPUTY))).isEqualTo(5);
        for (Level level : Level.values()) {
            assertThat(MeetingRules.minimumExperts(List.of(level)) % 2).as(level.name()).isEqualTo(1);
        }
    }

    @Test
    void aFullSeniorMeetingNeedsFullSeniorExpertsAndEveryOtherAtLeastDeputySenior() {
        assertThat(MeetingRules.mayEvaluate(Level.SENIOR_FULL, List.of(Level.SENIOR_FULL))).isTrue();
        assertThat(MeetingRules.mayEvaluate(Level.SENIOR_DEPUTY, List.of(Level.SENIOR_FULL))).isFalse();
        assertThat(MeetingRules.mayEvaluate(Level.SENIOR_DEPUTY, List.of(Level.SENIOR_DEPUTY, Level.SENIOR_FULL))).isFalse();
        for (Level level : EnumSet.range(Level.SENIOR_DEPUTY, Level.JUNIOR)) {
            assertThat(MeetingRules.mayEvaluate(Level.SENIOR_DEPUTY, List.of(level))).as(level.name()).isTrue();
            assertThat(MeetingRules.mayEvaluate(Level.INTERMEDIATE, List.of(level))).as(level.name()).isFalse();
        }
        assertThat(MeetingRules.neededTitle(List.of(Level.INTERMEDIATE))).isEqualTo("副高级及以上");
        assertThat(MeetingRules.neededTitle(List.of(Level.INTERMEDIATE, Level.SENIOR_FULL))).isEqualTo("正高级");
    }

    @Test
    void onTheSmallestMeetingsTwoThirdsIncludeTheirBoundAndAnExpertStandingAsideLowersTheCount() {
        // three experts (the fewest for 中级): two present are a quorum, two FOR of three pass, one of two does not
        assertThat(counting.evaluate(new VoteTally(2, 0, 0), 3, null, null)).isEqualTo(VoteResult.PASSED);
        assertThat(counting.evaluate(new VoteTally(1, 0, 0), 3, null, null)).isEqualTo(VoteResult.INVALID);
        assertThat(counting.evaluate(new VoteTally(2, 1, 0), 3, null, null)).isEqualTo(VoteResult.PASSED);
        assertThat(counting.evaluate(new VoteTally(1, 1, 0), 3, null, null)).isEqualTo(VoteResult.FAILED);
        // one of three stood aside: two vote, both must be present and both FOR
        assertThat(counting.evaluate(new VoteTally(2, 0, 0), 2, null, null)).isEqualTo(VoteResult.PASSED);
        assertThat(counting.evaluate(new VoteTally(1, 0, 0), 2, null, null)).isEqualTo(VoteResult.INVALID);
        assertThat(counting.evaluate(new VoteTally(1, 1, 0), 2, null, null)).isEqualTo(VoteResult.FAILED);
        // five experts (the fewest for 副高级 and 正高级): four present are a quorum, three of five are not
        assertThat(counting.evaluate(new VoteTally(3, 0, 0), 5, null, null)).isEqualTo(VoteResult.INVALID);
        assertThat(counting.evaluate(new VoteTally(3, 1, 0), 5, null, null)).isEqualTo(VoteResult.PASSED);
        assertThat(counting.evaluate(new VoteTally(2, 2, 0), 5, null, null)).isEqualTo(VoteResult.FAILED);
        assertThat(counting.evaluate(new VoteTally(4, 1, 0), 5, null, null)).isEqualTo(VoteResult.PASSED);
        // one of five stood aside: three of four present are a quorum (0.75); two FOR of three present pass,
        // two FOR of four do not
        assertThat(counting.evaluate(new VoteTally(3, 0, 0), 4, null, null)).isEqualTo(VoteResult.PASSED);
        assertThat(counting.evaluate(new VoteTally(2, 1, 0), 4, null, null)).isEqualTo(VoteResult.PASSED);
        assertThat(counting.evaluate(new VoteTally(2, 2, 0), 4, null, null)).isEqualTo(VoteResult.FAILED);
        assertThat(counting.evaluate(new VoteTally(2, 0, 0), 4, null, null)).isEqualTo(VoteResult.INVALID);
        // nine: six present are exactly 2/3 and four FOR of six exactly 2/3, both count ("2/3以上" includes 2/3)
        assertThat(counting.evaluate(new VoteTally(4, 2, 0), 9, null, null)).isEqualTo(VoteResult.PASSED);
        assertThat(counting.evaluate(new VoteTally(3, 3, 0), 9, null, null)).isEqualTo(VoteResult.FAILED);
        assertThat(counting.evaluate(new VoteTally(5, 0, 0), 9, null, null)).isEqualTo(VoteResult.INVALID);
    }
}
