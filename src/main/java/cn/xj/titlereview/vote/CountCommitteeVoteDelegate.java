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

import org.camunda.bpm.engine.ProcessEngineException;
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
                ratio(execution, VOTE_QUORUM), ratio(execution, VOTE_PASS_RATIO));
        VOTES_FOR.set(execution, tally.votesFor());
        VOTES_AGAINST.set(execution, tally.votesAgainst());
        VOTES_ABSTAIN.set(execution, tally.votesAbstain());
        VOTE_RESULT.set(execution, result.name());
        execution.removeVariables(List.of(BALLOT_FOR.name(), BALLOT_AGAINST.name(), BALLOT_ABSTAIN.name()));
    }

    /** A ratio from the notice configuration: any number (YAML and REST may send 1 or 0.6667), or absent. */
    private static Double ratio(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        throw new ProcessEngineException("流程变量 " + name + " 的类型应为数值，实际为 " + value.getClass().getSimpleName());
    }
}
