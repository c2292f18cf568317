package cn.xj.titlereview.vote;

import static cn.xj.titlereview.process.CommitteeVoteProcess.BALLOT_ABSTAIN;
import static cn.xj.titlereview.process.CommitteeVoteProcess.BALLOT_AGAINST;
import static cn.xj.titlereview.process.CommitteeVoteProcess.BALLOT_FOR;
import static cn.xj.titlereview.process.CommitteeVoteProcess.VOTE;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completion of an {@code expert_vote} task, drops the task-local vote into the ballot box.
 * An unknown or missing vote refuses the completion, so the expert is asked again.
 */
@Component
public class CastBallotListener implements TaskListener {

    private final VoteCountingService voteCountingService;

    public CastBallotListener(VoteCountingService voteCountingService) {
        this.voteCountingService = voteCountingService;
    }

    @Override
    public void notify(DelegateTask task) {
        VoteTally ballotBox = new VoteTally(BALLOT_FOR.require(task), BALLOT_AGAINST.require(task), BALLOT_ABSTAIN.require(task));
        VoteTally updated = voteCountingService.cast(ballotBox, task.getVariable(VOTE.name()));
        BALLOT_FOR.set(task, updated.votesFor());
        BALLOT_AGAINST.set(task, updated.votesAgainst());
        BALLOT_ABSTAIN.set(task, updated.votesAbstain());
    }
}
