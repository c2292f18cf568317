package cn.xj.titlereview.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.xj.titlereview.calendar.WorkdayCalendar;
import cn.xj.titlereview.certificate.CertificateNumberService;
import cn.xj.titlereview.certificate.CertificateRequest;
import cn.xj.titlereview.vote.SecretBallotHistoryEventHandler;

/**
 * The back stages inside the running product: deployed with their tables and forms, run by the
 * application's own beans (JPA certificate numbers in the engine's transaction, the working-day
 * calendar, the secret-ballot history plugin). Run on H2 and on the MySQL-family server.
 */
abstract class BackStagesContract {

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WorkdayCalendar workdays;
    @Autowired
    CertificateNumberService certificateNumbers;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theBackStagesTheirDecisionTablesAndFormsAreDeployed() {
        List<String> keys = engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list().stream()
                .map(definition -> definition.getKey()).toList();
        assertThat(keys).contains(PaymentProcess.KEY, PaperMaterialsProcess.KEY, DefenseProcess.KEY,
                CommitteeVoteProcess.KEY, ResultPublicityProcess.KEY, HrConfirmProcess.KEY);
        List<String> decisions = engine.getRepositoryService().createDecisionDefinitionQuery().latestVersion().list()
                .stream().map(definition -> definition.getKey()).toList();
        assertThat(decisions).contains(PaymentProcess.FEE_DECISION, DefenseProcess.DEFENSE_DECISION);
        List<String> resources = new ArrayList<>();
        for (Deployment deployment : engine.getRepositoryService().createDeploymentQuery().list()) {
            resources.addAll(engine.getRepositoryService().getDeploymentResourceNames(deployment.getId()));
        }
        assertThat(resources).anySatisfy(name -> assertThat(name).endsWith("forms/expert-vote.form"))
                .anySatisfy(name -> assertThat(name).endsWith("forms/hr-confirm.form"))
                .anySatisfy(name -> assertThat(name).endsWith("forms/committee-meeting-close.form"));
    }

    @Test
    void confirmationIssuesACertificateNumberFromTheProductDatabase() {
        String applicationNo = newApplicationNo();
        ProcessInstance stage = engine.getRuntimeService().startProcessInstanceByKey(HrConfirmProcess.KEY, applicationNo,
                Variables.createVariables()
                        .putValue("applicationNo", applicationNo)
                        .putValue("noticeId", "notice-2023-hami-all-series")
                        .putValue("level", "INTERMEDIATE")
                        .putValue("hrbGroup", "hrb650500"));
        engine.getTaskService().complete(singleTask(stage).getId(), Map.of("decision", "APPROVE"));
        executeJobsOf(stage);

        String certificateNo = (String) historicVariable(stage, "certificateNo");
        assertThat(certificateNo).matches("65050020233\\d{6}");
        assertThat(jdbc.queryForObject("select certificate_no from issued_certificate where application_no = ?",
                String.class, applicationNo)).isEqualTo(certificateNo);
        assertThat(historicVariable(stage, "finalStatus")).isEqualTo("APPROVED");
    }

    @Test
    void theSecretBallotRunsOnTheApplicationBeansAndLeavesNoVoteInHistory() {
        assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getHistoryEventHandler())
                .isInstanceOf(SecretBallotHistoryEventHandler.class);
        ProcessInstance stage = engine.getRuntimeService().startProcessInstanceByKey(CommitteeVoteProcess.KEY,
                newApplicationNo(), Variables.createVariables()
                        .putValue("expertUserIds", "itExpert1,itExpert2,itExpert3")
                        .putValue("committeeGroup", "committee650001")
                        .putValue("voteQuorum", 0.6667)
                        .putValue("votePassRatio", 0.6667));
        engine.getRuntimeService().createMessageCorrelation(CommitteeVoteProcess.MESSAGE_COMMITTEE_MEETING_OPENED)
                .processInstanceId(stage.getId()).setVariable(CommitteeVoteProcess.MEETING_ID.name(), "1").correlate();
        executeJobsOf(stage);

        for (Task vote : engine.getTaskService().createTaskQuery().processInstanceId(stage.getId())
                .taskDefinitionKey(CommitteeVoteProcess.EXPERT_VOTE).list()) {
            engine.getFormService().submitTaskForm(vote.getId(), Map.of("vote", "itExpert3".equals(vote.getAssignee()) ? "AGAINST" : "FOR"));
        }

        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(stage.getId()).count()).isZero();
        assertThat(historicVariable(stage, "votesFor")).isEqualTo(2);
        assertThat(historicVariable(stage, "votesAgainst")).isEqualTo(1);
        assertThat(historicVariable(stage, "stageOutcome")).isEqualTo("CONTINUE");
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(stage.getId())
                .variableNameIn("vote", "ballotFor", "ballotAgainst", "ballotAbstain").count()).isZero();
        assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(stage.getId()).formFields()
                .count()).isZero();
    }

    @Test
    void resultPublicityEndsOnTheWorkingDayCalendar() {
        Date start = Date.from(Instant.parse("2024-09-27T02:00:00Z"));
        ClockUtil.setCurrentTime(start);
        ProcessInstance stage = engine.getRuntimeService().startProcessInstanceByKey(ResultPublicityProcess.KEY,
                newApplicationNo(), Variables.createVariables()
                        .putValue("publicityWorkingDays", 5)
                        .putValue("committeeGroup", "committee650001"));

        Job timer = engine.getManagementService().createJobQuery().processInstanceId(stage.getId()).timers().singleResult();
        assertThat(timer.getDuedate()).isEqualTo(workdays.afterWorkingDays(start, 5));
        // the National Day holiday lies inside: five working days take longer than a week
        assertThat(timer.getDuedate()).isAfter(Date.from(Instant.parse("2024-10-04T00:00:00Z")));
        engine.getRuntimeService().deleteProcessInstance(stage.getId(), "测试结束");
    }

    @Test
    void concurrentIssuersOfANewPrefixGetUniqueConsecutiveNumbers() throws Exception {
        // a prefix of its own (region 659999, 2031, 正高级) so other tests cannot interfere
        int issuers = 4;
        int perIssuer = 5;
        String run = newApplicationNo();
        ExecutorService pool = Executors.newFixedThreadPool(issuers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> results = new ArrayList<>();
        for (int issuer = 0; issuer < issuers; issuer++) {
            int first = issuer * perIssuer;
            results.add(pool.submit(() -> {
                start.await();
                List<String> numbers = new ArrayList<>();
                for (int i = 0; i < perIssuer; i++) {
                    CertificateRequest request = new CertificateRequest(run + "-" + (first + i),
                            "notice-2031-concurrency", "SENIOR_FULL", "hrb659999");
                    numbers.add(certificateNumbers.issue(request));
                }
                return numbers;
            }));
        }
        start.countDown();
        List<String> issued = new ArrayList<>();
        for (Future<List<String>> result : results) {
            issued.addAll(result.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(issued).doesNotHaveDuplicates().hasSize(issuers * perIssuer)
                .allSatisfy(number -> assertThat(number).startsWith("65999920311"));
        assertThat(issued.stream().map(number -> Integer.parseInt(number.substring(11))).sorted().toList())
                .isEqualTo(IntStream.rangeClosed(1, issuers * perIssuer).boxed().toList());
        jdbc.update("delete from issued_certificate where certificate_no like '65999920311%'");
        jdbc.update("delete from certificate_sequence where seq_prefix = '65999920311'");
    }

    private Task singleTask(ProcessInstance stage) {
        return engine.getTaskService().createTaskQuery().processInstanceId(stage.getId()).singleResult();
    }

    private void executeJobsOf(ProcessInstance stage) {
        for (Job job : engine.getManagementService().createJobQuery().processInstanceId(stage.getId()).executable().list()) {
            engine.getManagementService().executeJob(job.getId());
        }
    }

    private Object historicVariable(ProcessInstance stage, String name) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(stage.getId())
                .variableName(name).list().stream()
                .filter(variable -> stage.getId().equals(variable.getExecutionId()))
                .findFirst().orElseThrow(() -> new AssertionError("no process variable " + name)).getValue();
    }

    private static String newApplicationNo() {
        return "IT" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }
}
