package cn.xj.titlereview.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VoteCountingServiceTest {

    private static final Double TWO_THIRDS_AS_CONFIGURED = 0.6667;

    private final VoteCountingService service = new VoteCountingService();

    @ParameterizedTest(name = "{0} of {1} members present, {2} FOR -> {3}")
    @CsvSource({
            // exactly 2/3 present and exactly 2/3 FOR passes (以上 includes the number itself)
            "6, 9, 4, PASSED",
            "3, 3, 2, PASSED",
            "2, 3, 2, PASSED",
            // FOR just below 2/3 of those present fails
            "9, 9, 5, FAILED",
            "6, 9, 3, FAILED",
            "3, 3, 1, FAILED",
            // presence just below 2/3 is no quorum, whatever the votes
            "5, 9, 5, INVALID",
            "1, 3, 1, INVALID",
            "19, 29, 19, INVALID",
            "0, 3, 0, INVALID",
    })
    void appliesTheTwoThirdsQuorumAndPassRatioAsConfigured(int present, int members, int votesFor, VoteResult expected) {
        VoteTally tally = new VoteTally(votesFor, present - votesFor, 0);

        assertThat(service.evaluate(tally, members, TWO_THIRDS_AS_CONFIGURED, TWO_THIRDS_AS_CONFIGURED)).isEqualTo(expected);
    }

    @Test
    void missingRatiosDefaultToExactlyTwoThirds() {
        assertThat(service.evaluate(new VoteTally(4, 2, 0), 9, null, null)).isEqualTo(VoteResult.PASSED);
        assertThat(service.evaluate(new VoteTally(3, 2, 0), 9, null, null)).isEqualTo(VoteResult.INVALID);
        assertThat(service.evaluate(new VoteTally(3, 3, 0), 9, null, null)).isEqualTo(VoteResult.FAILED);
    }

    @Test
    void abstentionsCountAsPresentButNotAsFor() {
        // 6 of 9 present: quorum; 4 FOR of 6 present: exactly 2/3
        assertThat(service.evaluate(new VoteTally(4, 0, 2), 9, TWO_THIRDS_AS_CONFIGURED, TWO_THIRDS_AS_CONFIGURED))
                .isEqualTo(VoteResult.PASSED);
        // 6 of 9 present; 3 FOR, 3 abstentions: half, fails
        assertThat(service.evaluate(new VoteTally(3, 0, 3), 9, TWO_THIRDS_AS_CONFIGURED, TWO_THIRDS_AS_CONFIGURED))
                .isEqualTo(VoteResult.FAILED);
    }

    @Test
    void theNearestShareBelowTwoThirdsOfALargeCommitteeIsStillBelow() {
        // 66 of 100 = 0.66 and 199 of 300 = 0.66333: both below 2/3 by more than the tolerance
        assertThat(service.evaluate(new VoteTally(66, 0, 0), 100, TWO_THIRDS_AS_CONFIGURED, TWO_THIRDS_AS_CONFIGURED))
                .isEqualTo(VoteResult.INVALID);
        assertThat(service.evaluate(new VoteTally(199, 0, 0), 300, TWO_THIRDS_AS_CONFIGURED, TWO_THIRDS_AS_CONFIGURED))
                .isEqualTo(VoteResult.INVALID);
        assertThat(service.evaluate(new VoteTally(200, 0, 0), 300, TWO_THIRDS_AS_CONFIGURED, TWO_THIRDS_AS_CONFIGURED))
                .isEqualTo(VoteResult.PASSED);
    }

    @Test
    void otherRatiosFromTheNoticeApply() {
        assertThat(service.evaluate(new VoteTally(2, 2, 0), 5, 0.9, 0.5)).isEqualTo(VoteResult.INVALID);
        assertThat(service.evaluate(new VoteTally(2, 2, 0), 5, 0.6, 0.5)).isEqualTo(VoteResult.PASSED);
        assertThat(service.evaluate(new VoteTally(2, 3, 0), 5, 0.6, 0.5)).isEqualTo(VoteResult.FAILED);
    }

    @Test
    void refusesRatiosOutsideZeroToOneAndImpossibleTallies() {
        VoteTally tally = new VoteTally(3, 0, 0);
        assertThatThrownBy(() -> service.evaluate(tally, 3, 0.0, 0.5)).hasMessageContaining("出席比例");
        assertThatThrownBy(() -> service.evaluate(tally, 3, 0.5, 1.5)).hasMessageContaining("通过比例");
        assertThatThrownBy(() -> service.evaluate(tally, 2, 0.5, 0.5)).hasMessageContaining("超过评审专家人数");
        assertThatThrownBy(() -> service.evaluate(tally, 0, 0.5, 0.5)).hasMessageContaining("人数必须大于0");
    }

    @Test
    void castingAddsOneBallotOfTheGivenKind() {
        VoteTally tally = service.cast(service.cast(service.cast(VoteTally.EMPTY, "FOR"), "AGAINST"), "ABSTAIN");

        assertThat(tally).isEqualTo(new VoteTally(1, 1, 1));
        assertThat(tally.cast()).isEqualTo(3);
    }

    @Test
    void castingRefusesAnythingButTheThreeBallots() {
        assertThatThrownBy(() -> service.cast(VoteTally.EMPTY, "for")).hasMessageContaining("表决意见");
        assertThatThrownBy(() -> service.cast(VoteTally.EMPTY, null)).hasMessageContaining("表决意见");
        assertThatThrownBy(() -> service.cast(VoteTally.EMPTY, true)).hasMessageContaining("表决意见");
    }

    @Test
    void parsesTheExpertListTrimmingBlanksAndDuplicates() {
        assertThat(service.parseExperts(" expert01, expert02,,expert01 ,expert03 "))
                .containsExactly("expert01", "expert02", "expert03");
        assertThatThrownBy(() -> service.parseExperts(" , ")).hasMessageContaining("评审专家名单为空");
        assertThatThrownBy(() -> service.parseExperts(null)).hasMessageContaining("评审专家名单为空");
    }
}
