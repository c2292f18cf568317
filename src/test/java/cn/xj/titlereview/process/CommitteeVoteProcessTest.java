package cn.xj.titlereview.process;

import static cn.xj.titlereview.process.EngineTestJobs.executeDueJobs;
import static cn.xj.titlereview.process.ProcessScopeVariables.processVariable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import cn.xj.titlereview.vote.CastBallotListener;
import cn.xj.titlereview.vote.CountCommitteeVoteDelegate;
import cn.xj.titlereview.vote.PrepareCommitteeVoteDelegate;
import cn.xj.titlereview.vote.SecretBallotHistoryPlugin;
import cn.xj.titlereview.vote.VoteCountingService;
@Deployment(resources = {CommitteeVoteProcess.RESOURCE, "processes/forms/expert-vote.form",
        "processes/forms/committee-meeting-close.form"})
class CommitteeVoteProcessTest {

    /** The test engine of camunda.cfg.xml plus the secret-ballot history plugin, as in the application. */
    @RegisterExtension
    static ProcessEngineCoverageExtension ext = ProcessEngineCoverageExtension.builder(secretBallotEngine())
            .assertClassCoverageAtLeast(0.9)
            .build();

    private static final String COMMITTEE_GROUP = "committee650001";
    private static final List<String> EXPERTS = List.of("expert01", "expert02", "expert03");

    ProcessEngine engine;

    static ProcessEngineConfiguration secretBallotEngine() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl)
                ProcessEngineConfiguration.createProcessEngineConfigurationFromResource("camunda.cfg.xml");
        configuration.setProcessEngineName("secret-ballot-test");
        configuration.setJdbcUrl("jdbc:h2:mem:secret-ballot-test;DB_CLOSE_DELAY=1000");
        List<ProcessEnginePlugin> plugins = new ArrayList<>(configuration.getProcessEnginePlugins());
        plugins.add(new SecretBallotHistoryPlugin());
        configuration.setProcessEnginePlugins(plugins);
        return configuration;
    }

    @BeforeEach
    void setUp() {
        init(engine);
        SharedStageMocks.register();
        VoteCountingService counting = new VoteCountingService();
        Mocks.register("prepareCommitteeVoteDelegate", new PrepareCommitteeVoteDelegate(counting));
        Mocks.register("castBallotListener", new CastBallotListener(counting));
        Mocks.register("countCommitteeVoteDelegate", new CountCommitteeVoteDelegate(counting));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
    }

    @Test
    void everyExpertGetsABlindVoteTaskAndTheApplicationPassesWithTwoThirdsFor() {
        ProcessInstance stage = start();

        List<Task> votes = voteTasks(stage);
        assertThat(votes).extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(EXPERTS);
        assertThat(votes.get(0).getCamundaFormRef().getKey()).isEqualTo(CommitteeVoteProcess.FORM_EXPERT_VOTE);
        assertThat(engine.getFormService().getDeployedTaskForm(votes.get(0).getId())).isNotNull();
        assertThat(closeTask(stage)).isNotNull();

        vote(stage, "expert01", "FOR");
        vote(stage, "expert02", "FOR");
        vote(stage, "expert03", "AGAINST");

        assertThat(stage).isEnded().hasPassed(CommitteeVoteProcess.END_ALL_VOTED, CommitteeVoteProcess.END_VOTE_PASSED);
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(stage.getId())
                .activityId(CommitteeVoteProcess.COMMITTEE_MEETING_CLOSE).singleResult().isCanceled()).isTrue();
        assertResult(stage, "PASSED", 2, 1, 0);
        assertThat(processVariable(engine, stage, "stageOutcome")).isEqualTo("CONTINUE");
    }

    @Test
    void fewerThanTwoThirdsForRejects() {
        ProcessInstance stage = start();

        vote(stage, "expert01", "FOR");
        vote(stage, "expert02", "ABSTAIN");
        vote(stage, "expert03", "AGAINST");

        assertThat(stage).isEnded().hasPassed(CommitteeVoteProcess.END_VOTE_FAILED);
        assertResult(stage, "FAILED", 1, 1, 1);
        assertThat(processVariable(engine, stage, "stageOutcome")).isEqualTo("REJECTED");
        assertThat(processVariable(engine, stage, "finalStatus")).isEqualTo("REJECTED");
    }

    @Test
    void theOfficeClosesTheVoteAndExpertsWhoDidNotVoteCountAsAbsent() {
        ProcessInstance stage = start();
        vote(stage, "expert01", "FOR");
        vote(stage, "expert02", "FOR");

        engine.getTaskService().complete(closeTask(stage).getId());

        assertThat(stage).isEnded().hasPassed(CommitteeVoteProcess.END_VOTE_CLOSED, CommitteeVoteProcess.END_VOTE_PASSED)
                .hasNotPassed(CommitteeVoteProcess.END_ALL_VOTED);
        assertThat(engine.getTaskService().createTaskQuery().taskAssignee("expert03").count()).isZero();
        assertResult(stage, "PASSED", 2, 0, 0);
    }

    @Test
    void withoutQuorumTheMeetingCannotDecideAndANewRoundIsOpened() {
        ProcessInstance stage = start();
        vote(stage, "expert01", "AGAINST");
        engine.getTaskService().complete(closeTask(stage).getId());
        executeDueJobs(engine);

        assertThat(processVariable(engine, stage, "voteResult")).isEqualTo("INVALID");
        assertThat(stage).isWaitingAt(CommitteeVoteProcess.EXPERT_VOTE, CommitteeVoteProcess.COMMITTEE_MEETING_CLOSE);
        assertThat(stage).variables().containsEntry("voteRound", 2).containsEntry("ballotAgainst", 0);
        assertThat(voteTasks(stage)).extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(EXPERTS);

        vote(stage, "expert01", "FOR");
        vote(stage, "expert02", "FOR");
        vote(stage, "expert03", "FOR");

        assertThat(stage).isEnded().hasPassed(CommitteeVoteProcess.END_VOTE_PASSED);
        assertResult(stage, "PASSED", 3, 0, 0);
    }

    @Test
    void quorumAndPassRatioComeFromTheNotice() {
        ProcessInstance stage = start(Map.of("voteQuorum", 1.0, "votePassRatio", 0.5));
        vote(stage, "expert01", "FOR");
        vote(stage, "expert02", "AGAINST");
        engine.getTaskService().complete(closeTask(stage).getId());
        executeDueJobs(engine);

        assertThat(processVariable(engine, stage, "voteResult")).isEqualTo("INVALID");
    }

    @Test
    void aVoteStaysOutOfProcessScopeAndHistory() {
        ProcessInstance stage = start();
        Task task = voteTaskOf(stage, "expert01");
        assertThat(engine.getTaskService().getVariable(task.getId(), "vote")).isNull();

        engine.getFormService().submitTaskForm(task.getId(), Map.of("vote", "AGAINST"));
        vote(stage, "expert02", "FOR");
        vote(stage, "expert03", "FOR");

        assertThat(stage).isEnded();
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(stage.getId())
                .variableNameIn("vote", "ballotFor", "ballotAgainst", "ballotAbstain").count()).isZero();
        List<HistoricDetail> details = engine.getHistoryService().createHistoricDetailQuery()
                .processInstanceId(stage.getId()).list();
        assertThat(details).isNotEmpty();
        assertThat(details).filteredOn(HistoricVariableUpdate.class::isInstance)
                .extracting(detail -> ((HistoricVariableUpdate) detail).getVariableName())
                .doesNotContain("vote", "ballotFor", "ballotAgainst", "ballotAbstain")
                .contains("votesFor");
        assertResult(stage, "PASSED", 2, 1, 0);
    }

    @Test
    void anUnknownVoteIsRefusedAndTheExpertVotesAgain() {
        ProcessInstance stage = start();
        String taskId = voteTaskOf(stage, "expert01").getId();

        assertThatThrownBy(() -> engine.getTaskService().complete(taskId, Map.of("vote", "MAYBE")))
                .hasMessageContaining("表决意见");
        assertThatThrownBy(() -> engine.getTaskService().complete(taskId))
                .hasMessageContaining("表决意见");

        assertThat(voteTaskOf(stage, "expert01").getId()).isEqualTo(taskId);
    }

    @Test
    void anEmptyExpertListLeavesAnIncidentInsteadOfAVote() {
        ProcessInstance stage = engine.getRuntimeService().startProcessInstanceByKey(CommitteeVoteProcess.KEY, "XJ2024000009",
                Variables.createVariables().putValue("committeeGroup", COMMITTEE_GROUP));
        meetingOpens(stage, " , ");

        assertThatThrownBy(() -> executeDueJobs(engine)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("评审专家名单为空");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(stage.getId()).singleResult()
                .getExceptionMessage()).contains("评审专家名单为空");
        assertThat(stage).isWaitingAt(CommitteeVoteProcess.PREPARE_COMMITTEE_VOTE);
    }

    private ProcessInstance start() {
        return start(Map.of());
    }

    private ProcessInstance start(Map<String, Object> extra) {
        VariableMap variables = Variables.createVariables()
                .putValue("expertUserIds", String.join(",", EXPERTS))
                .putValue("committeeGroup", COMMITTEE_GROUP)
                .putValue("voteQuorum", 0.6667)
                .putValue("votePassRatio", 0.6667);
        variables.putAll(extra);
        ProcessInstance stage = engine.getRuntimeService().startProcessInstanceByKey(CommitteeVoteProcess.KEY, "XJ2024000008",
                variables);
        assertThat(stage).isWaitingAt(CommitteeVoteProcess.AWAIT_COMMITTEE_MEETING);
        meetingOpens(stage, String.join(",", EXPERTS));
        executeDueJobs(engine);
        return stage;
    }

    /** The committee office opens the vote of the application's meeting with the experts who vote on it. */
    private void meetingOpens(ProcessInstance stage, String experts) {
        engine.getRuntimeService().createMessageCorrelation(CommitteeVoteProcess.MESSAGE_COMMITTEE_MEETING_OPENED)
                .processInstanceId(stage.getId())
                .setVariable(CommitteeVoteProcess.MEETING_ID.name(), "7")
                .setVariable(CommitteeVoteProcess.EXPERT_USER_IDS.name(), experts)
                .correlate();
    }

    @Test
    void theStageWaitsForItsMeetingAndTheMeetingsExpertsVoteWithTheirOwnQuorum() {
        ProcessInstance stage = engine.getRuntimeService().startProcessInstanceByKey(CommitteeVoteProcess.KEY, "XJ2024000010",
                Variables.createVariables().putValue("expertUserIds", String.join(",", EXPERTS))
                        .putValue("committeeGroup", COMMITTEE_GROUP));
        executeDueJobs(engine);
        assertThat(stage).isWaitingAt(CommitteeVoteProcess.AWAIT_COMMITTEE_MEETING);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(stage.getId()).count()).isZero();

        // the meeting drew three experts and none stood aside: three ballots, quorum of three
        meetingOpens(stage, "expert01,expert03,expert05");
        executeDueJobs(engine);

        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(stage.getId())
                .taskDefinitionKey(CommitteeVoteProcess.EXPERT_VOTE).list())
                .extracting(Task::getAssignee).containsExactlyInAnyOrder("expert01", "expert03", "expert05");
        assertThat(engine.getRuntimeService().getVariable(stage.getId(), "committeeMembers")).isEqualTo(3);
        vote(stage, "expert01", "FOR");
        vote(stage, "expert03", "FOR");
        vote(stage, "expert05", "AGAINST");
        assertThat(stage).isEnded();
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(stage.getId())
                .variableName("voteResult").singleResult().getValue()).isEqualTo("PASSED");
    }

    private void vote(ProcessInstance stage, String expert, String vote) {
        engine.getTaskService().complete(voteTaskOf(stage, expert).getId(), Map.of("vote", vote));
    }

    private Task voteTaskOf(ProcessInstance stage, String expert) {
        return engine.getTaskService().createTaskQuery().processInstanceId(stage.getId())
                .taskDefinitionKey(CommitteeVoteProcess.EXPERT_VOTE).taskAssignee(expert).singleResult();
    }

    private List<Task> voteTasks(ProcessInstance stage) {
        return engine.getTaskService().createTaskQuery().processInstanceId(stage.getId())
                .taskDefinitionKey(CommitteeVoteProcess.EXPERT_VOTE).initializeFormKeys().list();
    }

    private Task closeTask(ProcessInstance stage) {
        return engine.getTaskService().createTaskQuery().processInstanceId(stage.getId())
                .taskDefinitionKey(CommitteeVoteProcess.COMMITTEE_MEETING_CLOSE).taskCandidateGroup(COMMITTEE_GROUP)
                .singleResult();
    }

    private void assertResult(ProcessInstance stage, String result, int votesFor, int votesAgainst, int votesAbstain) {
        assertThat(processVariable(engine, stage, "voteResult")).isEqualTo(result);
        assertThat(processVariable(engine, stage, "votesFor")).isEqualTo(votesFor);
        assertThat(processVariable(engine, stage, "votesAgainst")).isEqualTo(votesAgainst);
        assertThat(processVariable(engine, stage, "votesAbstain")).isEqualTo(votesAbstain);
    }
}
