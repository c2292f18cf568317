package cn.xj.titlereview.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.xj.titlereview.campaign.ApplicationProcessStart;
import cn.xj.titlereview.campaign.CampaignProcessService;
import cn.xj.titlereview.notice.ApplicationFacts;
import cn.xj.titlereview.notice.Level;
import cn.xj.titlereview.support.CampaignDriver;
import cn.xj.titlereview.support.CampaignRunner;
import cn.xj.titlereview.support.DemoUsers;
import cn.xj.titlereview.support.EngineRest;
import cn.xj.titlereview.support.H2IntegrationTest;
import org.springframework.context.ApplicationContext;
import cn.xj.titlereview.application.DeclaredStarts;

/**
 * 退回上一环节 on real Hami applications (real stage and notice models): the competent unit {@code zghm01} sends
 * back to the employer unit {@code dwhm01} through the product API, the committee office {@code pwhm01} to the
 * competent unit through Tasklist's engine REST; the earlier office sees the reason on its task and in its message
 * centre, the send-back is audited and in the history, the applicant's submission count and windows stay, the
 * unit's publicity is not repeated. Every refusal in Chinese with nothing changed; engine REST answers the task
 * listeners' refusals 400/403/409 without an ERROR line.
 */
@H2IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SendBackH2Test {

    static final String UNIT = "dwhm01";
    static final String COMPETENT = "zghm01";
    static final String COMMITTEE = "pwhm01";
    static final String OTHER_COMPETENT = "zgaks01";
    static final String PASSWORD = DemoUsers.PASSWORD;
    static final String REASON = "单位推荐意见未注明任职年限，请核实后重新审核";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    CampaignProcessService campaigns;
    @Autowired
    ApplicationContext context;
    @Autowired
    ProcessEngine engine;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void backToRealTime() {
        ClockUtil.reset();
    }

    @Test
    void competentUnitSendsBackThroughTheApiAndTheCommitteeThroughTasklist() {
        String no = startHami();
        CampaignDriver driver = new CampaignDriver(rest);
        new CampaignRunner(rest, engine).runUntil(no, "competent_recommend");
        Task task = task(no, "competent_recommend");
        Object count = submissionCount(no);

        ResponseEntity<Map> answer = post(COMPETENT, "/api/tasks/" + task.getId() + "/send-back",
                Map.of("to", "unit_review", "reason", "  " + REASON + " "));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody()).containsEntry("completed", true);
        Task unitTask = task(no, "unit_review");
        assertThat(unitTask).as("the unit's review again").isNotNull();
        assertThat(driver.variables(UNIT, unitTask.getId())).containsEntry("sentBackReason", REASON);
        assertThat(messages(UNIT, no)).anyMatch(m -> m.equals("申报（申报编号：" + no
                + "）已被退回贵单位重新审核（‘单位审核’），请查看退回原因后重新审核。\n退回原因：" + REASON));
        assertThat(audit(no, "SEND_BACK_TASK")).singleElement().satisfies(row -> {
            assertThat(row.get("actor")).isEqualTo(COMPETENT);
            assertThat((String) row.get("detail")).contains("退回‘用人单位审核’重新审核，原因：" + REASON);
        });
        assertThat(passed(no, "end_competent_sent_back")).as("in the history").isEqualTo(1);
        assertThat(historyService.createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult().getAssignee())
                .as("who sent it back").isEqualTo(COMPETENT);
        assertThat(submissionCount(no)).as("no submission of the applicant").isEqualTo(count);

        // the unit keeps its opinion: no second publicity, the competent unit has the application at once
        driver.approve(UNIT, no, "unit_review");
        assertThat(task(no, "competent_recommend")).isNotNull();
        assertThat(passed(no, "start_unit_publicity")).isEqualTo(1);
        assertThat(passed(no, "end_unit_opinion_kept")).isEqualTo(1);

        // the committee office sends back from its Tasklist form (engine REST), the unit is not asked again
        new CampaignRunner(rest, engine).runUntil(no, "committee_intake");
        driver.complete(COMMITTEE, no, "committee_intake", Map.of("decision", "SEND_BACK",
                "sendBackReason", "主管单位推荐意见缺少签字"));
        Task competentAgain = task(no, "competent_recommend");
        assertThat(driver.variables(COMPETENT, competentAgain.getId()))
                .containsEntry("sentBackReason", "主管单位推荐意见缺少签字");
        assertThat(messages(COMPETENT, no)).anyMatch(m -> m.contains("已被退回贵单位重新审核（‘主管单位审核推荐’）"));
        assertThat(passed(no, "end_intake_sent_back")).isEqualTo(1);
        assertThat(passed(no, "unit_review")).isEqualTo(2);
        assertThat(submissionCount(no)).isEqualTo(count);
    }

    @Test
    void refusedSendBacksSayWhyInChineseAndChangeNothing() {
        String no = startHami();
        new CampaignRunner(rest, engine).runUntil(no, "competent_recommend");
        Task task = task(no, "competent_recommend");
        String path = "/api/tasks/" + task.getId() + "/send-back";

        ResponseEntity<Map> otherOffice = post(OTHER_COMPETENT, path, Map.of("to", "unit_review", "reason", "x"));
        ResponseEntity<Map> notEarlier = post(COMPETENT, path, Map.of("to", "committee_intake", "reason", "x"));
        ResponseEntity<Map> unknownStep = post(COMPETENT, path, Map.of("to", "applicant", "reason", "x"));
        ResponseEntity<Map> noReason = post(COMPETENT, path, Map.of("to", "unit_review", "reason", " "));
        ResponseEntity<Map> noStep = post(COMPETENT, path, Map.of("reason", "x"));
        ResponseEntity<Map> tooLong = post(COMPETENT, path, Map.of("to", "unit_review", "reason", "长".repeat(1001)));
        ResponseEntity<Map> noTask = post(COMPETENT, "/api/tasks/no-such-task/send-back", Map.of("to", "unit_review",
                "reason", "x"));

        assertThat(otherOffice.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat((String) otherOffice.getBody().get("message")).contains("该任务属于其他单位（competent650501），您不能退回");
        assertThat(problem(notEarlier)).containsEntry("field", "to").containsEntry("rule", "上一环节")
                .containsEntry("message", "‘评审委员会形式审核’不是本环节的上一环节，本环节只能退回到‘用人单位审核’（unit_review）");
        assertThat(problem(unknownStep)).containsEntry("message",
                "没有名为“applicant”的审核环节，本环节只能退回到‘用人单位审核’（unit_review）");
        assertThat(problem(noReason)).containsEntry("field", "reason").containsEntry("rule", "必填");
        assertThat(problem(noStep)).containsEntry("field", "to").containsEntry("rule", "必填");
        assertThat(problem(tooLong)).containsEntry("field", "reason").containsEntry("rule", "长度");
        assertThat(noTask.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        Task still = task(no, "competent_recommend");
        assertThat(still.getId()).isEqualTo(task.getId());
        assertThat(still.getAssignee()).isNull();
        assertThat(audit(no, "SEND_BACK_TASK")).isEmpty();
        assertThat(runtimeService.getVariable(still.getProcessInstanceId(), "sendBackTo")).isNull();

        // the unit's own review has no earlier office; a completed task cannot be sent back
        ResponseEntity<Map> done = post(COMPETENT, path, Map.of("to", "unit_review", "reason", REASON));
        assertThat(done.getStatusCode()).isEqualTo(HttpStatus.OK);
        Task unitTask = task(no, "unit_review");
        ResponseEntity<Map> unitHasNone = post(UNIT, "/api/tasks/" + unitTask.getId() + "/send-back",
                Map.of("to", "unit_review", "reason", "x"));
        assertThat(unitHasNone.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat((String) unitHasNone.getBody().get("message")).isEqualTo("‘单位审核’不能退回上一环节（只有主管单位审核推荐和评审委员会形式审核可以退回）");
        ResponseEntity<Map> again = post(COMPETENT, path, Map.of("to", "unit_review", "reason", REASON));
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void theAkesuCommitteeCannotSendBackAfterTheDeclarationDeadline() {
        new CampaignDriver(rest).clockTo("2024-08-01T09:00");
        String no = "SBA" + System.nanoTime() % 10_000_000;
        DeclaredStarts.in(context).start(new ApplicationProcessStart(no, "notice-2024-akesu-coal", Level.SENIOR_DEPUTY, "工程系列",
                "煤炭", "652900001", "sbaks01", ApplicationFacts.none()));
        new CampaignRunner(rest, engine).runUntil(no, "committee_intake");
        Task task = task(no, "committee_intake");

        ResponseEntity<Map> answer = post("pwaks01", "/api/tasks/" + task.getId() + "/send-back",
                Map.of("to", "competent_recommend", "reason", "推荐意见缺少签字"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat((String) answer.getBody().get("message"))
                .isEqualTo("本通知在此环节不能退回‘主管单位审核推荐’（通知流程没有退回该环节的路径），请选择其他审核结论");
        assertThat(task(no, "committee_intake").getId()).isEqualTo(task.getId());
        assertThat(audit(no, "SEND_BACK_TASK")).isEmpty();
    }

    @Test
    void engineRestAnswersTheListenersRefusalsWithTheirStatusAndChineseAndNoError(CapturedOutput output) {
        String no = startHami();
        Task task = task(no, "unit_review");
        String base = "/engine-rest/task/" + task.getId();

        ResponseEntity<Map> outsider = EngineRest.post(rest, UNIT, PASSWORD, base + "/assignee",
                Map.of("userId", COMPETENT), Map.class);
        assertThat(EngineRest.post(rest, UNIT, PASSWORD, base + "/claim", Map.of("userId", UNIT), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<Map> noDecision = EngineRest.post(rest, UNIT, PASSWORD, base + "/complete",
                Map.of("variables", Map.of()), Map.class);
        ResponseEntity<Map> sendBack = EngineRest.post(rest, UNIT, PASSWORD, base + "/complete",
                Map.of("variables", Map.of("decision", Map.of("value", "SEND_BACK"),
                        "sendBackReason", Map.of("value", "x"))), Map.class);
        ResponseEntity<Map> returnWithoutReasons = EngineRest.post(rest, UNIT, PASSWORD, base + "/complete",
                Map.of("variables", Map.of("decision", Map.of("value", "RETURN"))), Map.class);

        assertThat(outsider.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(outsider.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        assertThat(outsider.getBody()).containsEntry("type", "TaskOperationRefused").containsEntry("message",
                "用户 zghm01 不是本单位（unit650500001）的成员：任务只能在本单位内转办、委派或加签");
        assertThat(noDecision.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noDecision.getBody()).containsEntry("type", "ReviewDecisionException")
                .containsEntry("message", "请选择审核结论：同意、退回修改、不同意");
        assertThat(sendBack.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(sendBack.getBody()).containsEntry("message", "本任务不能选择“退回上一环节”，请选择：同意、退回修改、不同意");
        assertThat(returnWithoutReasons.getBody()).containsEntry("message", "退回修改时必须一次性填写全部退回原因（每行一条）");

        // delegated: the colleague may not decide (409)
        taskService.delegateTask(task.getId(), UNIT);
        ResponseEntity<Map> delegated = EngineRest.post(rest, UNIT, PASSWORD, base + "/complete",
                Map.of("variables", Map.of("decision", Map.of("value", "APPROVE"))), Map.class);
        assertThat(delegated.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat((String) delegated.getBody().get("message")).startsWith("任务已委派给 dwhm01 办理");

        assertThat(task(no, "unit_review").getId()).isEqualTo(task.getId());
        assertThat(output.getAll()).doesNotContain("ENGINE-16004").doesNotContainPattern("(?m)^\\S+\\s+ERROR ")
                .contains("已拒绝（400）", "已拒绝（409）");
    }

    // ------------------------------------------------------------------ helpers

    String startHami() {
        new CampaignDriver(rest).clockTo("2023-09-12T09:00");
        String no = "SB" + System.nanoTime() % 10_000_000;
        DeclaredStarts.in(context).start(new ApplicationProcessStart(no, "notice-2023-hami-all-series", Level.INTERMEDIATE, "农业系列",
                "农业", "650500001", "sbhm01", ApplicationFacts.none()));
        return no;
    }

    Task task(String no, String key) {
        return taskService.createTaskQuery().processInstanceBusinessKey(no).taskDefinitionKey(key).singleResult();
    }

    /** How often an element of the application's processes (the notice and its stages) was passed. */
    long passed(String no, String activityId) {
        return historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(no).list().stream()
                .mapToLong(p -> historyService.createHistoricActivityInstanceQuery().processInstanceId(p.getId())
                        .activityId(activityId).count()).sum();
    }

    Object submissionCount(String no) {
        String root = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(no)
                .processDefinitionKey("notice-2023-hami-all-series").singleResult().getId();
        return runtimeService.getVariable(root, "submissionCount");
    }

    ResponseEntity<Map> post(String user, String path, Object body) {
        return EngineRest.post(rest, user, PASSWORD, path, body, Map.class);
    }

    static Map<String, Object> problem(ResponseEntity<Map> answer) {
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        return ((List<Map<String, Object>>) answer.getBody().get("errors")).get(0);
    }

    List<String> messages(String user, String no) {
        ResponseEntity<Map> page = EngineRest.get(rest, user, PASSWORD, "/api/notifications?size=100", Map.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        return ((List<Map<String, Object>>) page.getBody().get("items")).stream()
                .filter(i -> no.equals(i.get("applicationNo"))).map(i -> (String) i.get("message")).toList();
    }

    List<Map<String, Object>> audit(String no, String action) {
        return jdbc.queryForList("select actor, detail from audit_event where application_no = ? and action = ? order by id",
                no, action);
    }
}
