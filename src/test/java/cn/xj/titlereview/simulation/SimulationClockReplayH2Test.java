package cn.xj.titlereview.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import cn.xj.titlereview.campaign.ApplicationProcessStart;
import cn.xj.titlereview.campaign.CampaignProcessService;
import cn.xj.titlereview.notice.ApplicationFacts;
import cn.xj.titlereview.notice.Level;
import cn.xj.titlereview.support.CampaignRunner;
import cn.xj.titlereview.support.CampaignRunner.Action;
import cn.xj.titlereview.support.H2IntegrationTest;

/**
 * A move of the simulation clock replays what real time would have done: a campaign moved one week
 * at a time (every wait one request, across every timer inside it) runs each timer at its own due
 * date and each asynchronous step when it was created, takes the same path to the same end as the
 * same campaign moved timer by timer, and leaves no failed job.
 */
@H2IntegrationTest
class SimulationClockReplayH2Test {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Duration ONE_WEEK = Duration.ofDays(7);

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CampaignProcessService campaigns;
    @Autowired
    HistoryService historyService;

    @AfterEach
    void backToRealTime() {
        ClockUtil.reset();
    }

    @Test
    void aCampaignMovedOneWeekAtATimeEndsAsTheOneMovedTimerByTimerWithEveryJobOnTime() {
        String stepByStep = start("notice-2024-xj-senior-five-series", Level.SENIOR_FULL, "工程系列", "有色金属",
                "650100001", "sbxj01", "2024-09-02T09:00");
        String statusStepByStep = new CampaignRunner(rest, engine).runToEnd(stepByStep);
        String weekly = start("notice-2024-xj-senior-five-series", Level.SENIOR_FULL, "工程系列", "有色金属",
                "650100001", "sbxj01", "2024-09-02T09:00");
        String statusWeekly = new CampaignRunner(rest, engine).waitingInSteps(ONE_WEEK).runToEnd(weekly);

        assertThat(statusWeekly).isEqualTo(statusStepByStep).isEqualTo("APPROVED");
        assertThat(taskKeys(weekly)).isEqualTo(taskKeys(stepByStep));
        assertEveryJobRanWhenRealTimeWould(stepByStep);
        assertEveryJobRanWhenRealTimeWould(weekly);
    }

    @Test
    void anUnpaidFeeMovedOneWeekAtATimeEndsAtThePaymentDeadlineNotAtTheEndOfTheWeek() {
        String no = start("notice-2024-akesu-coal", Level.SENIOR_DEPUTY, "工程系列", "煤炭", "652900001", "sbaks01",
                "2024-08-01T09:00");

        String status = new CampaignRunner(rest, engine).waitingInSteps(ONE_WEEK)
                .runToEnd(no, Map.of(CampaignRunner.PAYMENT, Action.WAIT));

        assertThat(status).isEqualTo("UNPAID");
        List<HistoricJobLog> deadline = jobLogs(no).stream()
                .filter(log -> "timer_payment_deadline".equals(log.getActivityId()) && log.isSuccessLog()).toList();
        assertThat(deadline).hasSize(1);
        Instant due = deadline.get(0).getJobDueDate().toInstant();
        // the Akesu notice: the fee by 2024-09-15 (Beijing), the deadline at the end of that day
        assertThat(due).isBetween(Instant.parse("2024-09-15T15:59:59Z"), Instant.parse("2024-09-15T16:00:00Z"));
        assertThat(root(no).getEndTime().toInstant()).isEqualTo(due);
        assertEveryJobRanWhenRealTimeWould(no);
    }

    /**
     * Every timer of the application's processes ran at its due date, every other job (an
     * asynchronous continuation) at the moment it was created, and none failed.
     */
    private void assertEveryJobRanWhenRealTimeWould(String no) {
        List<HistoricJobLog> logs = jobLogs(no);
        assertThat(logs).as("job log of %s", no).isNotEmpty();
        assertThat(logs.stream().filter(HistoricJobLog::isFailureLog).map(HistoricJobLog::getJobExceptionMessage))
                .as("failed jobs of %s", no).isEmpty();
        List<HistoricJobLog> succeeded = logs.stream().filter(HistoricJobLog::isSuccessLog).toList();
        assertThat(succeeded.stream().filter(log -> log.getJobDefinitionType().startsWith("timer")))
                .as("timers of %s", no).isNotEmpty()
                .allSatisfy(log -> assertThat(log.getTimestamp())
                        .as("timer %s ran at its due date", log.getActivityId()).isEqualTo(log.getJobDueDate()));
        assertThat(succeeded.stream().filter(log -> !log.getJobDefinitionType().startsWith("timer")))
                .as("asynchronous steps of %s", no).isNotEmpty()
                .allSatisfy(log -> assertThat(log.getTimestamp())
                        .as("asynchronous step %s ran when it was created", log.getActivityId())
                        .isEqualTo(created(logs, log.getJobId())));
    }

    private static java.util.Date created(List<HistoricJobLog> logs, String jobId) {
        return logs.stream().filter(log -> log.isCreationLog() && jobId.equals(log.getJobId())).findFirst()
                .orElseThrow().getTimestamp();
    }

    private List<HistoricJobLog> jobLogs(String no) {
        HistoricProcessInstance root = root(no);
        return historyService.createHistoricProcessInstanceQuery().rootProcessInstanceId(root.getId()).list().stream()
                .flatMap(instance -> historyService.createHistoricJobLogQuery().processInstanceId(instance.getId())
                        .orderPartiallyByOccurrence().asc().list().stream())
                .toList();
    }

    private List<String> taskKeys(String no) {
        return historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(no)
                .orderByHistoricActivityInstanceStartTime().asc().list().stream()
                .map(HistoricTaskInstance::getTaskDefinitionKey).toList();
    }

    private HistoricProcessInstance root(String no) {
        return historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(no)
                .rootProcessInstances().singleResult();
    }

    private String start(String noticeId, Level level, String series, String specialty, String unit, String applicant,
                         String startsAt) {
        new CampaignRunner(rest, engine).driver().clockTo(startsAt);
        String no = "SIM" + noticeId.substring(7, 11) + "-" + System.nanoTime() % 1_000_000 + SEQUENCE.incrementAndGet();
        campaigns.start(new ApplicationProcessStart(no, noticeId, level, series, specialty, unit, applicant,
                ApplicationFacts.none()));
        return no;
    }
}
