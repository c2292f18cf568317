package cn.xj.titlereview.vote;

/** Counts of one ballot box; holds no voter identity. */
public record VoteTally(int votesFor, int votesAgainst, int votesAbstain) {

    public static final VoteTally EMPTY = new VoteTally(0, 0, 0);

    public VoteTally {
        if (votesFor < 0 || votesAgainst < 0 || votesAbstain < 0) {
            throw new IllegalArgumentException("票数不能为负数");
        }
    }

    public VoteTally add(Ballot ballot) {
        return switch (ballot) {
            case FOR -> new VoteTally(votesFor + 1, votesAgainst, votesAbstain);
            case AGAINST -> new VoteTally(votesFor, votesAgainst + 1, votesAbstain);
            case ABSTAIN -> new VoteTally(votesFor, votesAgainst, votesAbstain + 1);
        };
    }

    /** Ballots cast, abstentions included: the experts present at the meeting (出席评审会议的评审专家). */
    public int cast() {
        return votesFor + votesAgainst + votesAbstain;
    }
}
