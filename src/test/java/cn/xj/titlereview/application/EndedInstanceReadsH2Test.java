package cn.xj.titlereview.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.xj.titlereview.support.CampaignRunner;
import cn.xj.titlereview.support.DemoUsers;
import cn.xj.titlereview.support.EngineRest;
import cn.xj.titlereview.support.H2IntegrationTest;

/**
 * Issue 22, point 6: reads of an instance that has ended or never existed are answers, never errors of the server.
 * A declared 2024 senior application is run to APPROVED; then every role reads, through engine REST and the
 * product API, its ended notice process, an ended stage process, a completed task and unknown ids: no 500
 * anywhere, and no ERROR in the log. The calls Camunda answered with 500 (variables, forms, identity links of what
 * is not running) are 409 for those who may read the history (supervisor, administrator), 403 for those who may
 * not (as while it ran), 404 for an unknown id, each with a Chinese message. The certificate number the HR bureau's
 * confirmation issued is on {@code GET /api/applications/{no}} for those who may read the application.
 */
@H2IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class EndedInstanceReadsH2Test {

    static final String UNKNOWN_INSTANCE = "00000000-0000-0000-0000-000000000000";
    static final String UNKNOWN_TASK = "00000000-0000-0000-0000-000000000001";
    static final String UNKNOWN_NO = "ZC2024-999999";
    /** Every role of the application, and the same roles elsewhere. */
    static final List<String> USERS = List.of("sbxj01", "dwxj01", "zgxj01", "pwxj01", "zjxj01", "hrbxj01", "jdxj01",
            "sjxj01", "admin", "sbys01", "dwaks01", "pwaks01", "zjaks01");
    /** Who reads every history: the supervisor and the administrator. */
    static final List<String> HISTORY_READERS = List.of("jdxj01", "admin");

    /** The engine REST calls on one process instance (or execution) that need it running. */
    static final List<String> INSTANCE_CALLS = List.of("/process-instance/%s/variables",
            "/process-instance/%s/variables?deserializeValues=false", "/process-instance/%s/variables/applicationNo",
            "/process-instance/%s/variables/applicationNo/data", "/execution/%s/localVariables",
            "/execution/%s/localVariables/applicationNo");
    /** The engine REST calls on one task that need it open. */
    static final List<String> TASK_CALLS = List.of("/task/%s/variables", "/task/%s/localVariables",
            "/task/%s/variables/applicationNo", "/task/%s/form-variables", "/task/%s/form", "/task/%s/deployed-form",
            "/task/%s/rendered-form", "/task/%s/identity-links");
    /** Reads Camunda answers itself (404 or 200 from history). */
    static final List<String> OTHER_ENGINE_READS = List.of("/process-instance/%s", "/process-instance/%s/activity-instances",
            "/process-instance/%s/comment", "/execution/%s", "/history/process-instance/%s",
            "/history/variable-instance?processInstanceId=%s&maxResults=10", "/history/activity-instance?processInstanceId=%s&maxResults=10");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    record Answer(String user, String path, int status, String body) {
        @Override
        public String toString() {
            return status + " " + user + " " + path + " " + body.substring(0, Math.min(200, body.length()));
        }
    }

    @AfterEach
    void backToRealTime() {
        ClockUtil.reset();
    }

    @Test
    void everyReadOfAnEndedOrUnknownInstanceIsAnAnswerAsEveryRole(CapturedOutput output) throws Exception {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2024-09-02T02:00:00Z")));
        Api api = new Api(rest);
        String no = DeclaredApplications.submitted(api, json, ApplicationFixtures.freshIdNumber());
        String running = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(no)
                .processDefinitionKey(DeclaredApplications.NOTICE).singleResult().getId();
        // while it runs: the expert may not read its variables (Camunda's own 403), and there is no certificate yet
        assertThat(read("zjxj01", "/engine-rest/process-instance/" + running + "/variables").status())
                .isEqualTo(HttpStatus.FORBIDDEN.value());
        assertThat(api.get("sbxj01", "/api/applications/" + no).getBody().path("certificateNo").isNull()).isTrue();

        CampaignRunner bot = new CampaignRunner(rest, engine);
        assertThat(bot.runToEnd(no)).isEqualTo("APPROVED");
        HistoryService history = engine.getHistoryService();
        HistoricProcessInstance root = bot.rootInstance(no);
        String stage = history.createHistoricProcessInstanceQuery().superProcessInstanceId(root.getId()).list().get(0).getId();
        String task = history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(no).finished()
                .listPage(0, 1).get(0).getId();
        String page = api.get("sbxj01", "/api/applications/" + no).getBody().path("attachments").get(0).path("id").asText();

        int logFrom = output.getAll().length();
        List<Answer> answers = new ArrayList<>();
        for (String user : USERS) {
            for (String id : List.of(root.getId(), stage, UNKNOWN_INSTANCE)) {
                INSTANCE_CALLS.forEach(call -> answers.add(read(user, "/engine-rest" + call.formatted(id))));
                OTHER_ENGINE_READS.forEach(call -> answers.add(read(user, "/engine-rest" + call.formatted(id))));
            }
            for (String id : List.of(task, UNKNOWN_TASK)) {
                TASK_CALLS.forEach(call -> answers.add(read(user, "/engine-rest" + call.formatted(id))));
                answers.add(read(user, "/engine-rest/task/" + id));
                answers.add(read(user, "/engine-rest/history/task?taskId=" + id + "&maxResults=1"));
            }
            for (String applicationNo : List.of(no, UNKNOWN_NO)) {
                for (String call : List.of("", "/blind", "/eligibility", "/documents/form.pdf", "/documents/certificate.pdf",
                        "/documents/publicity-result.pdf", "/documents/pledge.docx", "/documents/recommendation.docx",
                        "/documents/integrity.docx", "/documents/competent-recommendation.docx")) {
                    answers.add(read(user, "/api/applications/" + applicationNo + call));
                }
                answers.add(read(user, "/api/audit?applicationNo=" + applicationNo));
            }
            answers.add(read(user, "/api/attachments/" + page));
            answers.add(read(user, "/api/attachments/" + UNKNOWN_INSTANCE));
            answers.add(read(user, "/api/notices/" + DeclaredApplications.NOTICE + "/exports/applications.xlsx"));
            answers.add(read(user, "/api/notices/notice-2099-unknown/exports/applications.xlsx"));
            answers.add(read(user, "/api/notices/" + DeclaredApplications.NOTICE + "/documents/result-publicity.pdf"));
        }

        assertThat(answers).as("no answer is an error of the server").noneMatch(a -> a.status() >= 500);
        assertThat(output.getAll().substring(logFrom)).as("no ERROR in the log").doesNotContain(" ERROR ");

        for (String user : USERS) {
            for (String call : INSTANCE_CALLS) {
                for (String id : List.of(root.getId(), stage)) {
                    Answer a = answer(answers, user, "/engine-rest" + call.formatted(id));
                    if (HISTORY_READERS.contains(user)) {
                        assertThat(a.status()).as(a.toString()).isEqualTo(409);
                        assertThat(a.body()).as(a.toString()).contains("已结束", "/history/variable-instance");
                    } else {
                        assertThat(a.status()).as(a.toString()).isEqualTo(403);
                        assertThat(a.body()).as(a.toString()).contains("无权查看");
                    }
                }
                Answer unknown = answer(answers, user, "/engine-rest" + call.formatted(UNKNOWN_INSTANCE));
                assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
                assertThat(unknown.body()).contains("不存在");
            }
            for (String call : TASK_CALLS) {
                Answer done = answer(answers, user, "/engine-rest" + call.formatted(task));
                assertThat(done.status()).as(done.toString()).isEqualTo(HISTORY_READERS.contains(user) ? 409 : 403);
                Answer unknown = answer(answers, user, "/engine-rest" + call.formatted(UNKNOWN_TASK));
                assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
                assertThat(unknown.body()).contains("任务 " + UNKNOWN_TASK + " 不存在");
            }
            assertThat(answer(answers, user, "/api/applications/" + UNKNOWN_NO).status()).isEqualTo(404);
        }
        // writes on what is done: completing the completed task again, or an unknown one
        assertThat(EngineRest.post(rest, "admin", DemoUsers.ADMIN_PASSWORD, "/engine-rest/task/" + task + "/complete",
                java.util.Map.of(), String.class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(EngineRest.post(rest, "pwxj01", DemoUsers.PASSWORD, "/engine-rest/task/" + UNKNOWN_TASK + "/complete",
                java.util.Map.of(), String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        // the case of the issue: an expert reading the variables of the ended stage: 403 (not 500), in Chinese
        Answer expert = answer(answers, "zjxj01", "/engine-rest/process-instance/" + stage + "/variables");
        assertThat(expert.status()).isEqualTo(403);
        assertThat(expert.body()).contains("无权查看流程实例");

        // the certificate number, for those who may read the application; experts and others: 403 on it all
        String issued = jdbc.queryForObject("SELECT certificate_no FROM issued_certificate WHERE application_no = ?",
                String.class, no);
        assertThat(issued).isNotBlank();
        for (String reader : List.of("sbxj01", "dwxj01", "zgxj01", "pwxj01", "hrbxj01", "jdxj01", "admin")) {
            JsonNode view = json.readTree(read(reader, "/api/applications/" + no).body());
            assertThat(view.path("status").asText()).isEqualTo("APPROVED");
            assertThat(view.path("certificateNo").asText()).as(reader).isEqualTo(issued);
        }
        for (String outsider : List.of("zjxj01", "sbys01", "dwaks01", "pwaks01")) {
            assertThat(answer(answers, outsider, "/api/applications/" + no).status()).as(outsider).isEqualTo(403);
        }
    }

    private Answer read(String user, String path) {
        String password = "admin".equals(user) ? DemoUsers.ADMIN_PASSWORD : DemoUsers.PASSWORD;
        ResponseEntity<String> r = rest.exchange(path, HttpMethod.GET, new HttpEntity<>(EngineRest.headers(user, password)),
                String.class);
        return new Answer(user, path, r.getStatusCode().value(), r.getBody() == null ? "" : r.getBody());
    }

    private static Answer answer(List<Answer> answers, String user, String path) {
        return answers.stream().filter(a -> a.user().equals(user) && a.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("not read: " + user + " " + path));
    }
}
