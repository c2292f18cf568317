package cn.xj.titlereview.vote;

import static cn.xj.titlereview.process.CommitteeVoteProcess.BALLOT_ABSTAIN;
import static cn.xj.titlereview.process.CommitteeVoteProcess.BALLOT_AGAINST;
import static cn.xj.titlereview.process.CommitteeVoteProcess.BALLOT_FOR;
import static cn.xj.titlereview.process.CommitteeVoteProcess.COMMITTEE_MEMBERS;
import static cn.xj.titlereview.process.CommitteeVoteProcess.EXPERTS;
import static cn.xj.titlereview.process.CommitteeVoteProcess.EXPERT_USER_IDS;
import static cn.xj.titlereview.process.CommitteeVoteProcess.VOTE_ROUND;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Opens a round of voting: the expert list for the multi-instance and an empty ballot box. */
@Component
public class PrepareCommitteeVoteDelegate implements JavaDelegate {

    private final VoteCountingService voteCountingService;

    public PrepareCommitteeVoteDelegate(VoteCountingService voteCountingService) {
        this.voteCountingService = voteCountingService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<String> experts = voteCountingService.parseExperts(EXPERT_USER_IDS.require(execution));
        execution.setVariable(EXPERTS, Variables.objectValue(new ArrayList<>(experts))
                .serializationDataFormat(SerializationDataFormats.JSON).create());
        COMMITTEE_MEMBERS.set(execution, experts.size());
        VOTE_ROUND.set(execution, VOTE_ROUND.getOrDefault(execution, 0) + 1);
        BALLOT_FOR.set(execution, 0);
        BALLOT_AGAINST.set(execution, 0);
        BALLOT_ABSTAIN.set(execution, 0);
    }
}
