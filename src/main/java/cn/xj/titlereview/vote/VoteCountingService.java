package cn.xj.titlereview.vote;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.stereotype.Service;

/**
 * Rules of the committee's secret ballot (职称评审管理暂行规定，人社部令第40号):
 * at least {@code quorum} of the committee's experts must be present (a ballot cast,
 * abstention included, counts as present; an expert who never voted was absent and may not
 * vote later), and an application passes when the FOR votes reach {@code passRatio} of the
 * experts present. Both ratios are inclusive ("2/3以上" includes 2/3 itself).
 *
 * <p>Ratios come from notice configuration as decimals such as 0.6667 for 2/3, so they are
 * compared at four-decimal precision: a share within {@link #RATIO_TOLERANCE} below the
 * configured ratio still reaches it. Without this, 6 of 9 (0.66667) would miss 0.6667.
 * The nearest share below 2/3 that a committee of up to 3000 members can produce is farther
 * away than the tolerance, so no real "just below" case is let through.
 */
@Service
public class VoteCountingService {

    public static final double DEFAULT_QUORUM = 2.0 / 3.0;
    public static final double DEFAULT_PASS_RATIO = 2.0 / 3.0;
    static final double RATIO_TOLERANCE = 0.00005;

    /** Splits the committee's comma-separated expert user ids; duplicates count once. */
    public List<String> parseExperts(String expertUserIds) {
        List<String> experts = expertUserIds == null ? List.of() : List.copyOf(
                new LinkedHashSet<>(Arrays.stream(expertUserIds.split(","))
                        .map(String::trim)
                        .filter(id -> !id.isEmpty())
                        .toList()));
        if (experts.isEmpty()) {
            throw new IllegalArgumentException("评审专家名单为空，无法组织评审会表决");
        }
        return experts;
    }

    public VoteTally cast(VoteTally tally, Object vote) {
        return tally.add(Ballot.of(vote));
    }

    public VoteResult evaluate(VoteTally tally, int members, Double quorum, Double passRatio) {
        if (members <= 0) {
            throw new IllegalArgumentException("评审委员会人数必须大于0");
        }
        if (tally.cast() > members) {
            throw new IllegalStateException("投票数 " + tally.cast() + " 超过评审专家人数 " + members);
        }
        double requiredQuorum = ratioOrDefault(quorum, DEFAULT_QUORUM, "出席比例");
        double requiredPass = ratioOrDefault(passRatio, DEFAULT_PASS_RATIO, "通过比例");
        if (tally.cast() == 0 || !reaches(tally.cast(), members, requiredQuorum)) {
            return VoteResult.INVALID;
        }
        return reaches(tally.votesFor(), tally.cast(), requiredPass) ? VoteResult.PASSED : VoteResult.FAILED;
    }

    static boolean reaches(int part, int whole, double ratio) {
        return (double) part / whole + RATIO_TOLERANCE >= ratio;
    }

    private static double ratioOrDefault(Double ratio, double defaultRatio, String what) {
        if (ratio == null) {
            return defaultRatio;
        }
        if (ratio.isNaN() || ratio <= 0 || ratio > 1) {
            throw new IllegalArgumentException(what + "须大于0且不超过1，实际为：" + ratio);
        }
        return ratio;
    }
}
