package cn.xj.titlereview.vote;

import static cn.xj.titlereview.process.CommitteeVoteProcess.BALLOT_ABSTAIN;
import static cn.xj.titlereview.process.CommitteeVoteProcess.BALLOT_AGAINST;
import static cn.xj.titlereview.process.CommitteeVoteProcess.BALLOT_FOR;
import static cn.xj.titlereview.process.CommitteeVoteProcess.COMMITTEE_MEMBERS;
import static cn.xj.titlereview.process.CommitteeVoteProcess.VOTES_ABSTAIN;
import static cn.xj.titlereview.process.CommitteeVoteProcess.VOTES_AGAINST;
import static cn.xj.titlereview.process.CommitteeVoteProcess.VOTES_FOR;
import static cn.xj.titlereview.process.CommitteeVoteProcess.VOTE_PASS_RATIO;
import static cn.xj.titlereview.process.CommitteeVoteProcess.VOTE_QUORUM;
import static cn.xj.titlereview.process.CommitteeVoteProcess.VOTE_RESULT;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the ballot box: publishes the counts and the result, removes the running counters. */
@Component
public class CountCommitteeVoteDelegate implements JavaDelegate {

    private final VoteCountingService voteCountingService;

    public CountCommitteeVoteDelegate(VoteCountingService voteCountingService) {
        this.voteCountingService = voteCountingService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        VoteTally tally = new VoteTally(BALLOT_FOR.require(execution), BALLOT_AGAINST.require(execution),
                BALLOT_ABSTAIN.require(execution));
        VoteResult result = voteCountingService.evaluate(tally, COMMITTEE_MEMBERS.require(execution),
                VOTE_QUORUM.get(execution), VOTE_PASS_RATIO.get(execution));
        VOTES_FOR.set(execution, tally.votesFor());
        VOTES_AGAINST.set(execution, tally.votesAgainst());
        VOTES_ABSTAIN.set(execution, tally.votesAbstain());
        VOTE_RESULT.set(execution, result.name());
        execution.removeVariables(List.of(BALLOT_FOR.name(), BALLOT_AGAINST.name(), BALLOT_ABSTAIN.name()));
    }
}
