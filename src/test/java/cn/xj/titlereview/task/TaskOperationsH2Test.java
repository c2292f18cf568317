package cn.xj.titlereview.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
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
 * 转办, 委派 (and 交回), 加签 on a real Akesu application at the employer unit's review, through the product API
 * and through engine REST (what Tasklist calls): each within the unit's group {@code unit652900001}, audited,
 * the new holder told; every refusal in Chinese with the task unchanged. Two colleagues of 阿克苏库车示范煤矿
 * ({@code dwaks02}, {@code dwaks03}) join the demo unit for the class.
 */
@H2IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskOperationsH2Test {

    static final String UNIT_GROUP = "unit652900001";
    static final String OWNER = "dwaks01";
    static final String COLLEAGUE = "dwaks02";
    static final String REVIEWER = "dwaks03";
    static final String OTHER_UNIT = "dwhm01";
    static final String PASSWORD = DemoUsers.PASSWORD;

    @Autowired
    TestRestTemplate rest;
    @Autowired
    CampaignProcessService campaigns;
    @Autowired
    ApplicationContext context;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    void colleaguesJoinTheUnit() {
        for (String id : List.of(COLLEAGUE, REVIEWER)) {
            User user = identityService.newUser(id);
            user.setFirstName("同事");
            user.setLastName(id.equals(COLLEAGUE) ? "甲" : "乙");
            user.setPassword(PASSWORD);
            identityService.saveUser(user);
            identityService.createMembership(id, UNIT_GROUP);
        }
    }

    @AfterAll
    void colleaguesLeave() {
        List.of(COLLEAGUE, REVIEWER).forEach(identityService::deleteUser);
    }

    @AfterEach
    void backToRealTime() {
        ClockUtil.reset();
    }

    // ------------------------------------------------------------------ 转办

    @Test
    void transferHandsTheTaskToAColleagueWhoIsToldAndTheChangeIsAudited() {
        String no = startAkesu();
        Task task = unitReview(no);

        ResponseEntity<Map> answer = post(OWNER, "/api/tasks/" + task.getId() + "/transfer", Map.of("to", COLLEAGUE));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody()).containsEntry("assignee", COLLEAGUE).containsEntry("taskKey", "unit_review");
        assertThat(unitReview(no).getAssignee()).isEqualTo(COLLEAGUE);
        assertThat(audit(no, "TRANSFER_TASK")).singleElement().satisfies(row -> {
            assertThat(row.get("actor")).isEqualTo(OWNER);
            assertThat((String) row.get("detail")).contains("转办给 " + COLLEAGUE);
        });
        assertThat(messages(COLLEAGUE, no)).anyMatch(m -> m.contains("用户 " + OWNER + " 将待办‘单位审核’转办给您"));
        // the colleague decides it: the task moved with its form and rules
        new CampaignDriver(rest).approve(COLLEAGUE, no, "unit_review");
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isZero();
    }

    @Test
    void transferToSomeoneOutsideTheUnitOrUnknownIsRefusedAndNothingChanges() {
        String no = startAkesu();
        Task task = unitReview(no);

        ResponseEntity<Map> outsider = post(OWNER, "/api/tasks/" + task.getId() + "/transfer", Map.of("to", OTHER_UNIT));
        ResponseEntity<Map> unknown = post(OWNER, "/api/tasks/" + task.getId() + "/transfer", Map.of("to", "nobody42"));
        ResponseEntity<Map> self = post(OWNER, "/api/tasks/" + task.getId() + "/transfer", Map.of("to", OWNER));
        ResponseEntity<Map> empty = post(OWNER, "/api/tasks/" + task.getId() + "/transfer", Map.of("to", " "));

        assertThat(outsider.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(problem(outsider)).containsEntry("field", "to").containsEntry("rule", "同组");
        assertThat((String) problem(outsider).get("message")).contains("用户 dwhm01 不是本单位（unit652900001）的成员");
        assertThat(problem(unknown)).containsEntry("rule", "存在");
        assertThat(problem(self)).containsEntry("rule", "他人");
        assertThat(problem(empty)).containsEntry("rule", "必填");
        assertThat(unitReview(no).getAssignee()).isNull();
        assertThat(audit(no, "TRANSFER_TASK")).isEmpty();
    }

    @Test
    void anotherUnitCannotTransferDelegateOrAddAReviewer() {
        String no = startAkesu();
        Task task = unitReview(no);

        for (String operation : List.of("transfer", "delegate")) {
            ResponseEntity<Map> answer = post(OTHER_UNIT, "/api/tasks/" + task.getId() + "/" + operation,
                    Map.of("to", "dwhm01"));
            assertThat(answer.getStatusCode()).as(operation).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat((String) answer.getBody().get("message")).contains("该任务属于其他单位（unit652900001）");
        }
        ResponseEntity<Map> reviewer = post(OTHER_UNIT, "/api/tasks/" + task.getId() + "/add-reviewer",
                Map.of("user", "dwhm01"));
        assertThat(reviewer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(unitReview(no).getAssignee()).isNull();
        assertThat(taskService.createTaskQuery().taskParentTaskId(task.getId()).count()).isZero();
    }

    @Test
    void aColleagueCannotTakeATaskAnotherMemberHolds_unknownAndCompletedTasksAre404And409() {
        String no = startAkesu();
        Task task = unitReview(no);
        taskService.claim(task.getId(), OWNER);

        ResponseEntity<Map> notHolder = post(COLLEAGUE, "/api/tasks/" + task.getId() + "/transfer", Map.of("to", REVIEWER));
        assertThat(notHolder.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat((String) notHolder.getBody().get("message")).isEqualTo("该任务由 dwaks01 办理，只有办理人可以转办");

        assertThat(post(OWNER, "/api/tasks/no-such-task/transfer", Map.of("to", COLLEAGUE)).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        new CampaignDriver(rest).approve(OWNER, no, "unit_review");
        ResponseEntity<Map> done = post(OWNER, "/api/tasks/" + task.getId() + "/transfer", Map.of("to", COLLEAGUE));
        assertThat(done.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(done.getBody()).containsEntry("message", "该任务已办理完毕，不能再转办");
        assertThat(post(OWNER, "/api/tasks/" + task.getId() + "/add-reviewer", Map.of("user", COLLEAGUE))
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void tasklistsOwnAssigneeControlStaysWithinTheUnit() {
        String no = startAkesu();
        Task task = unitReview(no);

        // what Tasklist sends when a member types another assignee, and when a colleague claims the task
        ResponseEntity<String> outside = EngineRest.post(rest, OWNER, PASSWORD,
                "/engine-rest/task/" + task.getId() + "/assignee", Map.of("userId", OTHER_UNIT), String.class);
        ResponseEntity<String> claim = EngineRest.post(rest, COLLEAGUE, PASSWORD,
                "/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", COLLEAGUE), String.class);

        assertThat(outside.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(outside.getBody()).contains("用户 dwhm01 不是本单位（unit652900001）的成员");
        assertThat(claim.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(unitReview(no).getAssignee()).isEqualTo(COLLEAGUE);
        assertThat(audit(no, "TRANSFER_TASK")).as("claiming is no hand-over").isEmpty();
    }

    // ------------------------------------------------------------------ 委派

    @Test
    void delegatedTaskIsWorkedByTheColleagueAndComesBackToItsOwnerToDecide() {
        String no = startAkesu();
        Task task = unitReview(no);

        ResponseEntity<Map> delegated = post(OWNER, "/api/tasks/" + task.getId() + "/delegate", Map.of("to", COLLEAGUE));

        assertThat(delegated.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(delegated.getBody()).containsEntry("assignee", COLLEAGUE).containsEntry("owner", OWNER)
                .containsEntry("delegationState", "PENDING");
        assertThat(messages(COLLEAGUE, no)).anyMatch(m -> m.contains("将待办‘单位审核’委派给您办理"));

        // the colleague may not decide: completing is refused until the task is given back
        ResponseEntity<String> decide = EngineRest.post(rest, COLLEAGUE, PASSWORD,
                "/engine-rest/task/" + task.getId() + "/complete",
                Map.of("variables", Map.of("decision", Map.of("value", "APPROVE"), "comment", Map.of("value", "同意"))),
                String.class);
        assertThat(decide.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(decide.getBody()).contains("任务已委派给 dwaks02 办理，须由其办理完毕交回后，由 dwaks01 决定");
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        // nobody else may give it back, nor delegate it again
        assertThat(post(OWNER, "/api/tasks/" + task.getId() + "/resolve", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post(OWNER, "/api/tasks/" + task.getId() + "/delegate", Map.of("to", REVIEWER)).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(post(OWNER, "/api/tasks/" + task.getId() + "/transfer", Map.of("to", REVIEWER)).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);

        ResponseEntity<Map> resolved = post(COLLEAGUE, "/api/tasks/" + task.getId() + "/resolve",
                Map.of("comment", "材料已核对，齐全"));

        assertThat(resolved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(resolved.getBody()).containsEntry("assignee", OWNER).containsEntry("delegationState", "RESOLVED");
        assertThat((List<String>) resolved.getBody().get("comments")).contains("委派办理意见（dwaks02）：材料已核对，齐全");
        assertThat(messages(OWNER, no)).anyMatch(m -> m.contains("用户 dwaks02 已办理完您委派的待办‘单位审核’并交回"));
        assertThat(audit(no, "DELEGATE_TASK")).hasSize(1);
        assertThat(audit(no, "RESOLVE_TASK")).singleElement()
                .satisfies(row -> assertThat(row.get("actor")).isEqualTo(COLLEAGUE));
        assertThat(post(COLLEAGUE, "/api/tasks/" + task.getId() + "/resolve", Map.of()).getStatusCode())
                .as("given back once").isEqualTo(HttpStatus.CONFLICT);

        new CampaignDriver(rest).approve(OWNER, no, "unit_review");
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isZero();
    }

    @Test
    void delegatingToSomeoneOutsideTheUnitIsRefused() {
        String no = startAkesu();
        Task task = unitReview(no);

        ResponseEntity<Map> answer = post(OWNER, "/api/tasks/" + task.getId() + "/delegate", Map.of("to", "zgaks01"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(problem(answer)).containsEntry("field", "to").containsEntry("rule", "同组");
        Task unchanged = unitReview(no);
        assertThat(unchanged.getAssignee()).isNull();
        assertThat(unchanged.getDelegationState()).isNull();
        // the engine's own delegation (engine REST) keeps the same rule
        taskService.claim(task.getId(), OWNER);
        ResponseEntity<String> engineDelegate = EngineRest.post(rest, OWNER, PASSWORD,
                "/engine-rest/task/" + task.getId() + "/delegate", Map.of("userId", "zgaks01"), String.class);
        assertThat(engineDelegate.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(unitReview(no).getDelegationState()).isNotEqualTo(DelegationState.PENDING);
    }

    // ------------------------------------------------------------------ 加签

    @Test
    void addedReviewersOpinionIsRequiredBeforeTheTaskCanBeCompleted() {
        String no = startAkesu();
        Task task = unitReview(no);

        ResponseEntity<Map> added = post(OWNER, "/api/tasks/" + task.getId() + "/add-reviewer", Map.of("user", REVIEWER));

        assertThat(added.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((List<Map<String, Object>>) added.getBody().get("reviewers")).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("user", REVIEWER).containsEntry("answered", false));
        Task review = taskService.createTaskQuery().taskParentTaskId(task.getId()).singleResult();
        assertThat(review.getAssignee()).isEqualTo(REVIEWER);
        assertThat(review.getName()).isEqualTo("加签审核：单位审核（申报编号：" + no + "）");
        assertThat(messages(REVIEWER, no)).anyMatch(m -> m.contains("请您对待办‘单位审核’（申报编号：" + no + "）提出意见（加签）"));
        // the reviewer finds it among their own tasks (Tasklist's 我的任务 asks engine REST this)
        ResponseEntity<List> mine = EngineRest.get(rest, REVIEWER, PASSWORD, "/engine-rest/task?maxResults=100&assignee=" + REVIEWER,
                List.class);
        assertThat(mine.getBody()).extracting(t -> ((Map<?, ?>) t).get("id")).contains(review.getId());
        assertThat(post(OWNER, "/api/tasks/" + task.getId() + "/add-reviewer", Map.of("user", REVIEWER)).getStatusCode())
                .as("the same reviewer twice").isEqualTo(HttpStatus.CONFLICT);

        ResponseEntity<String> tooEarly = EngineRest.post(rest, OWNER, PASSWORD,
                "/engine-rest/task/" + task.getId() + "/complete",
                Map.of("variables", Map.of("decision", Map.of("value", "APPROVE"), "comment", Map.of("value", "同意"))),
                String.class);
        assertThat(tooEarly.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(tooEarly.getBody()).contains("加签人 dwaks03 尚未提交意见，暂不能办结此任务");
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);

        assertThat(post(OWNER, "/api/tasks/" + review.getId() + "/opinion", Map.of("opinion", "同意")).getStatusCode())
                .as("only the reviewer answers").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(problem(post(REVIEWER, "/api/tasks/" + review.getId() + "/opinion", Map.of("opinion", "  "))))
                .containsEntry("field", "opinion").containsEntry("rule", "必填");
        ResponseEntity<Map> opinion = post(REVIEWER, "/api/tasks/" + review.getId() + "/opinion",
                Map.of("opinion", "业绩材料真实，同意推荐"));

        assertThat(opinion.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((List<Map<String, Object>>) opinion.getBody().get("reviewers")).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("answered", true).containsEntry("opinion", "业绩材料真实，同意推荐"));
        assertThat((List<String>) opinion.getBody().get("comments")).contains("加签意见（dwaks03）：业绩材料真实，同意推荐");
        assertThat(messages(OWNER, no)).anyMatch(m -> m.contains("加签人 dwaks03 已对待办‘单位审核’")
                && m.contains("加签意见：业绩材料真实，同意推荐"));
        assertThat(audit(no, "ADD_REVIEWER")).hasSize(1);
        assertThat(audit(no, "REVIEWER_OPINION")).singleElement()
                .satisfies(row -> assertThat(row.get("actor")).isEqualTo(REVIEWER));

        new CampaignDriver(rest).approve(OWNER, no, "unit_review");
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isZero();
    }

    @Test
    void aReviewerOutsideTheUnitIsRefused() {
        String no = startAkesu();
        Task task = unitReview(no);

        ResponseEntity<Map> answer = post(OWNER, "/api/tasks/" + task.getId() + "/add-reviewer", Map.of("user", OTHER_UNIT));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(problem(answer)).containsEntry("field", "user").containsEntry("rule", "同组");
        assertThat(taskService.createTaskQuery().taskParentTaskId(task.getId()).count()).isZero();
        assertThat(audit(no, "ADD_REVIEWER")).isEmpty();
    }

    @Test
    void theApplicantsRevisionIsNoOfficeTaskToHandOver() {
        String no = startAkesu();
        new CampaignDriver(rest).returnForRevision(OWNER, no, "unit_review", "继续教育证明缺少2023年度学时");
        Task revise = taskService.createTaskQuery().processInstanceBusinessKey(no).taskDefinitionKey("applicant_revise")
                .singleResult();

        ResponseEntity<Map> answer = post("sbaks01", "/api/tasks/" + revise.getId() + "/transfer", Map.of("to", "sbxj01"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(answer.getBody()).containsEntry("message", "该任务不是单位或办事机构的审核任务，不能转办");
    }

    // ------------------------------------------------------------------ helpers

    String startAkesu() {
        new CampaignDriver(rest).clockTo("2024-08-01T09:00");
        String no = "OPS" + System.nanoTime() % 10_000_000;
        DeclaredStarts.in(context).start(new ApplicationProcessStart(no, "notice-2024-akesu-coal", Level.SENIOR_DEPUTY, "工程系列",
                "煤炭", "652900001", "sbaks01", ApplicationFacts.none()));
        return no;
    }

    Task unitReview(String no) {
        return taskService.createTaskQuery().processInstanceBusinessKey(no).taskDefinitionKey("unit_review").singleResult();
    }

    ResponseEntity<Map> post(String user, String path, Object body) {
        return EngineRest.post(rest, user, PASSWORD, path, body, Map.class);
    }

    static Map<String, Object> problem(ResponseEntity<Map> answer) {
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        return ((List<Map<String, Object>>) answer.getBody().get("errors")).get(0);
    }

    /** The messages of the user's message centre about the application. */
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
