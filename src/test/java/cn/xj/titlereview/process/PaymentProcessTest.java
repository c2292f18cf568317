package cn.xj.titlereview.process;

import static cn.xj.titlereview.process.EngineTestJobs.executeDueJobs;
import static cn.xj.titlereview.process.ProcessScopeVariables.processVariable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.OffsetDateTime;
import java.util.Date;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {PaymentProcess.RESOURCE, PaymentProcess.FEE_DECISION_RESOURCE})
class PaymentProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension ext = ProcessEngineCoverageExtension.builder()
            .excludeProcessDefinitionKeys(StageCaller.KEY)
            .assertClassCoverageAtLeast(0.9)
            .build();

    private static final String APPLICATION_NO = "AKS2024000101";
    private static final Date AUDIT_DONE = date("2024-09-05T10:00:00+08:00");
    private static final Date PAYMENT_DEADLINE = date("2024-09-15T23:59:59+08:00");

    ProcessEngine engine;
    private String callerDeployment;

    @BeforeEach
    void setUp() {
        init(engine);
        SharedStageMocks.register();
        callerDeployment = StageCaller.deploy(engine);
        ClockUtil.setCurrentTime(AUDIT_DONE);
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        StageCaller.undeploy(engine, callerDeployment);
        ClockUtil.reset();
    }

    @Test
    void waitsForThePaymentOfTheFeeFromTheTableAndContinuesWhenPaid() {
        ProcessInstance stage = start("notice-2024-akesu-coal", "SENIOR_DEPUTY");

        executeDueJobs(engine);

        assertThat(stage).isWaitingAt(PaymentProcess.GW_AWAIT_PAYMENT)
                .variables().containsEntry("fee", 700);

        engine.getRuntimeService().createMessageCorrelation(PaymentProcess.MESSAGE_PAYMENT_RECEIVED)
                .processInstanceBusinessKey(APPLICATION_NO)
                .correlate();

        assertThat(stage).isEnded().hasPassed(PaymentProcess.END_PAID);
        assertThat(outcomeOf(stage)).isEqualTo("CONTINUE");
    }

    @Test
    void endsUnpaidWhenTheDeadlinePassesWithoutPayment() {
        ProcessInstance stage = start("notice-2024-akesu-coal", "ASSISTANT");
        executeDueJobs(engine);

        ClockUtil.setCurrentTime(date("2024-09-15T23:59:00+08:00"));
        executeDueJobs(engine);
        assertThat(stage).isWaitingAt(PaymentProcess.GW_AWAIT_PAYMENT);

        ClockUtil.setCurrentTime(date("2024-09-16T00:00:00+08:00"));
        executeDueJobs(engine);

        assertThat(stage).isEnded().hasPassed(PaymentProcess.END_UNPAID).hasNotPassed(PaymentProcess.END_PAID);
        assertThat(outcomeOf(stage)).isEqualTo("UNPAID");
        assertThat(historicVariable(stage, "finalStatus")).isEqualTo("UNPAID");
    }

    @Test
    void skipsPaymentWhenTheNoticeStatesNoFee() {
        ProcessInstance stage = start("notice-2024-hejing-initial-junior", "JUNIOR");

        executeDueJobs(engine);

        assertThat(stage).isEnded().hasPassed(PaymentProcess.END_NO_FEE).hasNotPassed(PaymentProcess.GW_AWAIT_PAYMENT);
        assertThat(outcomeOf(stage)).isEqualTo("CONTINUE");
        assertThat(historicVariable(stage, "fee")).isEqualTo(0);
    }

    @Test
    void aNoticeWithoutFeeRowsFailsInsteadOfSkippingPayment() {
        ProcessInstance stage = start("notice-2099-unknown", "INTERMEDIATE");

        assertThatThrownBy(() -> executeDueJobs(engine))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining(PaymentProcess.GW_FEE_REQUIRED);

        assertThat(stage).isWaitingAt(PaymentProcess.DETERMINE_FEE);
    }

    @Test
    void paymentMessageReachesTheStageCalledByANoticeProcessAndTheOutcomeComesBack() {
        ProcessInstance notice = engine.getRuntimeService().startProcessInstanceByKey(StageCaller.KEY, APPLICATION_NO,
                inputs("notice-2024-akesu-coal", "INTERMEDIATE").putValue(StageCaller.STAGE_KEY, PaymentProcess.KEY));
        executeDueJobs(engine);

        engine.getRuntimeService().createMessageCorrelation(PaymentProcess.MESSAGE_PAYMENT_RECEIVED)
                .processInstanceBusinessKey(APPLICATION_NO)
                .correlate();

        // only the outcome comes back (StageContract); the fee is read from the stage's history
        assertThat(notice).isWaitingAt(StageCaller.AFTER_STAGE)
                .variables().containsEntry("stageOutcome", "CONTINUE").doesNotContainKey("fee");
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(engine.getHistoryService().createHistoricProcessInstanceQuery()
                        .superProcessInstanceId(notice.getId()).singleResult().getId())
                .variableName(PaymentProcess.FEE.name()).singleResult().getValue()).isEqualTo(400);
    }

    private ProcessInstance start(String noticeId, String level) {
        return engine.getRuntimeService().startProcessInstanceByKey(PaymentProcess.KEY, APPLICATION_NO, inputs(noticeId, level));
    }

    private static VariableMap inputs(String noticeId, String level) {
        return Variables.createVariables()
                .putValue(PaymentProcess.NOTICE_ID.name(), noticeId)
                .putValue(PaymentProcess.LEVEL.name(), level)
                .putValue(PaymentProcess.PAYMENT_DEADLINE.name(), PAYMENT_DEADLINE)
                .putValue("stageOutcome", "CONTINUE");
    }

    private Object outcomeOf(ProcessInstance stage) {
        return historicVariable(stage, "stageOutcome");
    }

    private Object historicVariable(ProcessInstance stage, String name) {
        return processVariable(engine, stage, name);
    }

    private static Date date(String isoOffsetDateTime) {
        return Date.from(OffsetDateTime.parse(isoOffsetDateTime).toInstant());
    }

}
