package cn.xj.titlereview.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.xj.titlereview.process.HrConfirmProcess;
import cn.xj.titlereview.support.MariaDbIntegrationTest;

/**
 * Certificate numbers under load on MariaDB: 200 applications reach the HR bureau at once (40
 * clients, twice the connection pool: each opens a task and notifies the bureau's members after its
 * commit), 200 confirmations are completed by 40 clients at once, then their 200 asynchronous
 * "issue the certificate number" jobs run by 40 workers at once. Every
 * application gets one number, all distinct, in the notice's format, numbered 1 to 200 without a
 * gap (the sequence joins the job's transaction, so a failed job takes no number), and every
 * failure is a clean retry: the job is run again and succeeds.
 */
@MariaDbIntegrationTest
class CertificateNumbersUnderLoadMariaDbIT {

    private static final Logger log = LoggerFactory.getLogger(CertificateNumbersUnderLoadMariaDbIT.class);
    private static final int CONFIRMATIONS = 200;
    private static final int CLIENTS = 40;
    private static final int ATTEMPTS = 5;
    /** A prefix of its own: the autonomous-region bureau 650000, notice year 2098, 初级 (5). */
    private static final String PREFIX = "65000020985";

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twoHundredConfirmationsByFortyClientsGetTwoHundredConsecutiveNumbers() throws Exception {
        // the confirmations reach the bureau together: each opens a task and tells the bureau
        List<String> applicationNos = IntStream.range(0, CONFIRMATIONS).mapToObj(i -> "LOAD" + PREFIX + "-" + i).toList();
        int startRetries = concurrently(applicationNos, applicationNo -> engine.getRuntimeService()
                .startProcessInstanceByKey(HrConfirmProcess.KEY, applicationNo, Variables.createVariables()
                        .putValue("applicationNo", applicationNo)
                        .putValue("noticeId", "notice-2098-load")
                        .putValue("level", "JUNIOR")
                        .putValue("hrbGroup", "hrb650000")));
        List<ProcessInstance> stages = applicationNos.stream().map(no -> engine.getRuntimeService()
                .createProcessInstanceQuery().processInstanceBusinessKey(no).singleResult()).toList();
        List<String> taskIds = stages.stream().map(stage -> engine.getTaskService().createTaskQuery()
                .processInstanceId(stage.getId()).singleResult()).map(Task::getId).toList();

        int completionRetries = concurrently(taskIds,
                taskId -> engine.getTaskService().complete(taskId, Map.of("decision", "APPROVE", "comment", "确认")));
        List<String> jobIds = stages.stream().flatMap(stage -> engine.getManagementService().createJobQuery()
                .processInstanceId(stage.getId()).list().stream()).map(Job::getId).toList();
        assertThat(jobIds).as("one issuing job per confirmation").hasSize(CONFIRMATIONS);
        int jobRetries = concurrently(jobIds, jobId -> engine.getManagementService().executeJob(jobId));
        log.info("证书编号压力测试：{} 件确认，{} 个客户端；启动重试 {} 次，办理重试 {} 次，作业重试 {} 次",
                CONFIRMATIONS, CLIENTS, startRetries, completionRetries, jobRetries);

        List<String> numbers = stages.stream().map(this::certificateNo).toList();
        assertThat(numbers).doesNotContainNull().doesNotHaveDuplicates().hasSize(CONFIRMATIONS)
                .allSatisfy(number -> assertThat(number).matches(PREFIX + "\\d{6}"));
        assertThat(numbers.stream().map(number -> Integer.parseInt(number.substring(PREFIX.length()))).sorted().toList())
                .as("numbered 1 to %d without a gap", CONFIRMATIONS)
                .isEqualTo(IntStream.rangeClosed(1, CONFIRMATIONS).boxed().toList());
        assertThat(jdbc.queryForObject("select count(*) from issued_certificate where certificate_no like ?",
                Integer.class, PREFIX + "%")).as("one row per number, none from a failed try").isEqualTo(CONFIRMATIONS);
        assertThat(engine.getRuntimeService().createIncidentQuery().count()).as("no incident").isZero();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(HrConfirmProcess.KEY)
                .variableValueEquals("finalStatus", "APPROVED").variableValueLike("applicationNo", "LOAD" + PREFIX + "%")
                .count()).isEqualTo(CONFIRMATIONS);
    }

    /**
     * Runs the work for every id from {@link #CLIENTS} threads started together; a try that fails
     * (a lock lost to another client) is tried again, at most {@link #ATTEMPTS} times. The number of
     * retries; fails if any id still failed at the end.
     */
    private static int concurrently(List<String> ids, Consumer<String> work) throws Exception {
        ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(ids);
        AtomicInteger retries = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> results = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            results.add(clients.submit(() -> {
                start.await();
                List<String> failed = new ArrayList<>();
                for (String id = queue.poll(); id != null; id = queue.poll()) {
                    RuntimeException last = null;
                    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                        try {
                            work.accept(id);
                            last = null;
                            break;
                        } catch (RuntimeException e) {
                            last = e;
                            retries.incrementAndGet();
                        }
                    }
                    if (last != null) {
                        failed.add(id + ": " + last.getMessage());
                    }
                }
                return failed;
            }));
        }
        start.countDown();
        List<String> failed = new ArrayList<>();
        for (Future<List<String>> result : results) {
            failed.addAll(result.get(5, TimeUnit.MINUTES));
        }
        clients.shutdown();
        assertThat(failed).as("work that failed every try").isEmpty();
        return retries.get();
    }

    private String certificateNo(ProcessInstance stage) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(stage.getId())
                .variableName("certificateNo").list().stream()
                .filter(variable -> stage.getId().equals(variable.getExecutionId()))
                .map(HistoricVariableInstance::getValue).map(String.class::cast).findFirst().orElse(null);
    }
}
