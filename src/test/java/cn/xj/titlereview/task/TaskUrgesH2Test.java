package cn.xj.titlereview.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
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
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.xj.titlereview.calendar.ProductClock;
import cn.xj.titlereview.campaign.ApplicationProcessStart;
import cn.xj.titlereview.campaign.CampaignProcessService;
import cn.xj.titlereview.notice.ApplicationFacts;
import cn.xj.titlereview.notice.Level;
import cn.xj.titlereview.schedule.ReminderService;
import cn.xj.titlereview.support.CampaignDriver;
import cn.xj.titlereview.support.CampaignRunner;
import cn.xj.titlereview.support.DemoUsers;
import cn.xj.titlereview.support.EngineRest;
import cn.xj.titlereview.support.H2IntegrationTest;
import org.springframework.context.ApplicationContext;
import cn.xj.titlereview.application.DeclaredStarts;

/**
 * 催办 on a real Akesu application waiting for the competent department's recommendation ({@code competent652901}):
 * the unit that reviewed it and the supervisor may urge, at most once per 4 hours each (the product clock, the
 * second before and the second of the limit), the holders are told at once (message centre and SMS); the reminder
 * job urges an overdue task by itself. An expert's vote urged by the committee office reaches the expert without
 * the office's words, so no applicant's name can reach an expert.
 */
@H2IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class TaskUrgesH2Test {

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
    ProcessEngine engine;
    @Autowired
    ReminderService reminders;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    cn.xj.titlereview.notification.Notifier notifier;

    @AfterEach
    void backToRealTime() {
        ClockUtil.reset();
    }

    @Test
    void theUnitOfTheEarlierStepUrgesTheCompetentDepartmentWhoIsToldAtOnce(CapturedOutput output) {
        String no = startAkesuAndRunTo("competent_recommend");
        Task task = task(no, "competent_recommend");

        ResponseEntity<Map> urged = urge("dwaks01", task, "请尽快审核推荐，本单位已公示期满");

        assertThat(urged.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(urged.getBody()).containsEntry("recipientType", "CANDIDATE_GROUPS")
                .containsEntry("recipients", List.of("competent652901"));
        assertThat(messages("zgaks01", no)).anyMatch(m -> m.startsWith("催办：用户 dwaks01 请您尽快办理待办‘主管单位审核推荐’（申报编号：" + no + "）。")
                && m.endsWith("催办留言：请尽快审核推荐，本单位已公示期满"));
        assertThat(unread("zgaks01")).isPositive();
        assertThat(notifier.awaitDeliveries(java.time.Duration.ofSeconds(30))).isTrue();
        assertThat(output.getOut()).contains("短信（用户 zgaks01）：催办：用户 dwaks01 请您尽快办理待办‘主管单位审核推荐’");
        assertThat(audit(no)).singleElement().satisfies(row -> {
            assertThat(row.get("actor")).isEqualTo("dwaks01");
            assertThat((String) row.get("detail")).contains("候选组 competent652901");
        });
    }

    @Test
    void anUrgerMayUrgeATaskOncePerFourHours_theSupervisorCountsForHimself() {
        String no = startAkesuAndRunTo("competent_recommend");
        Task task = task(no, "competent_recommend");
        Instant first = ProductClock.now();
        assertThat(urge("dwaks01", task, "第一次催办").getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<Map> again = urge("dwaks01", task, "第二次催办");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat((String) again.getBody().get("message")).startsWith("催办过于频繁：同一任务每4小时只能催办一次");

        ClockUtil.setCurrentTime(Date.from(first.plus(Duration.ofHours(4)).minusSeconds(1)));
        assertThat(urge("dwaks01", task, "一秒之前").getStatusCode()).as("the second before").isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(urge("jdxj01", task, "监督催办").getStatusCode()).as("another urger").isEqualTo(HttpStatus.OK);

        ClockUtil.setCurrentTime(Date.from(first.plus(Duration.ofHours(4))));
        assertThat(urge("dwaks01", task, "四小时后").getStatusCode()).as("the second of the limit").isEqualTo(HttpStatus.OK);
        assertThat(messages("zgaks01", no)).filteredOn(m -> m.startsWith("催办："))
                .hasSize(3).anyMatch(m -> m.startsWith("催办：监督人员 jdxj01 请您尽快办理"));
        assertThat(audit(no)).hasSize(3);
    }

    @Test
    void onlyAnEarlierStepOrASupervisorMayUrge_andNothingIsWrittenOnARefusal() {
        String no = startAkesuAndRunTo("competent_recommend");
        Task task = task(no, "competent_recommend");

        ResponseEntity<Map> applicant = urge("sbaks01", task, "请尽快");
        ResponseEntity<Map> otherUnit = urge("dwhm01", task, "请尽快");
        ResponseEntity<Map> holder = urge("zgaks01", task, "请尽快");
        ResponseEntity<Map> empty = urge("dwaks01", task, "   ");

        assertThat(applicant.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(applicant.getBody()).containsEntry("message", "只有前序环节的办理单位或监督人员可以催办该任务");
        assertThat(otherUnit.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(holder.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(holder.getBody()).containsEntry("message", "不能催办自己或本单位的待办");
        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(TaskOperationsH2Test.problem(empty)).containsEntry("field", "message").containsEntry("rule", "必填");
        assertThat(audit(no)).isEmpty();
        assertThat(messages("zgaks01", no)).noneMatch(m -> m.startsWith("催办："));

        new CampaignDriver(rest).approve("zgaks01", no, "competent_recommend");
        ResponseEntity<Map> done = urge("dwaks01", task, "请尽快");
        assertThat(done.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(done.getBody()).containsEntry("message", "该任务已办理完毕，不能再催办");
    }

    @Test
    void theReminderJobUrgesAnOverdueTaskOncePerInterval() {
        String no = startAkesuAndRunTo("competent_recommend");
        Task task = task(no, "competent_recommend");
        Instant due = ProductClock.now().plus(Duration.ofDays(2));
        taskService.setDueDate(task.getId(), Date.from(due)); // as Tasklist's 截止日期 sets it

        ClockUtil.setCurrentTime(Date.from(due.minusSeconds(1)));
        reminders.remind();
        assertThat(automaticUrges(task)).as("not yet overdue").isZero();

        ClockUtil.setCurrentTime(Date.from(due.plusSeconds(1)));
        assertThat(reminders.remind().urgedOverdue()).isPositive();
        reminders.remind();
        assertThat(automaticUrges(task)).isEqualTo(1);
        assertThat(messages("zgaks01", no)).anyMatch(m -> m.startsWith("催办：您的待办‘主管单位审核推荐’（申报编号：" + no
                + "）已超过办理期限"));

        ClockUtil.setCurrentTime(Date.from(due.plusSeconds(1).plus(Duration.ofHours(4))));
        reminders.remind();
        assertThat(automaticUrges(task)).isEqualTo(2);
    }

    @Test
    void anExpertUrgedToVoteNeverReadsTheApplicantsName() {
        String no = startAkesuAndRunTo("expert_vote");
        Task vote = taskService.createTaskQuery().processInstanceBusinessKey(no).taskDefinitionKey("expert_vote")
                .taskAssignee("zjaks01").singleResult();

        ResponseEntity<Map> urged = urge("pwaks01", vote, "阿不都热合曼（阿克苏库车示范煤矿有限公司）的申报请尽快投票");
        ResponseEntity<Map> delegated = EngineRest.post(rest, "zjaks01", PASSWORD,
                "/api/tasks/" + vote.getId() + "/delegate", Map.of("to", "zjaks02"), Map.class);
        ResponseEntity<String> reassigned = EngineRest.post(rest, "zjaks01", PASSWORD,
                "/engine-rest/task/" + vote.getId() + "/assignee", Map.of("userId", "zjaks02"), String.class);

        assertThat(urged.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<String> expertMessages = messages("zjaks01", no);
        assertThat(expertMessages).anyMatch(m -> m.equals("催办：用户 pwaks01 请您尽快办理待办‘评委投票’（申报编号：" + no + "）。"));
        assertThat(String.join("\n", allMessages("zjaks01"))).doesNotContain("阿不都", "热合曼", "库车示范煤矿");
        assertThat(delegated.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(delegated.getBody()).containsEntry("message", TaskRules.EXPERT_VOTE_REFUSAL);
        assertThat(reassigned.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(reassigned.getBody()).contains("评审专家不得委托");
        assertThat(taskService.createTaskQuery().taskId(vote.getId()).singleResult().getAssignee()).isEqualTo("zjaks01");
    }

    // ------------------------------------------------------------------ helpers

    String startAkesuAndRunTo(String taskKey) {
        new CampaignDriver(rest).clockTo("2024-08-01T09:00");
        String no = "URG" + System.nanoTime() % 10_000_000;
        DeclaredStarts.in(context).start(new ApplicationProcessStart(no, "notice-2024-akesu-coal", Level.SENIOR_DEPUTY, "工程系列",
                "煤炭", "652900001", "sbaks01", ApplicationFacts.none()));
        new CampaignRunner(rest, engine).runUntil(no, taskKey);
        return no;
    }

    Task task(String no, String key) {
        return taskService.createTaskQuery().processInstanceBusinessKey(no).taskDefinitionKey(key).singleResult();
    }

    ResponseEntity<Map> urge(String user, Task task, String message) {
        return EngineRest.post(rest, user, PASSWORD, "/api/tasks/" + task.getId() + "/urge", Map.of("message", message),
                Map.class);
    }

    List<String> messages(String user, String no) {
        return items(user).stream().filter(i -> no.equals(i.get("applicationNo"))).map(i -> (String) i.get("message"))
                .toList();
    }

    List<String> allMessages(String user) {
        return items(user).stream().map(i -> (String) i.get("message")).toList();
    }

    long unread(String user) {
        return ((Number) page(user).get("unread")).longValue();
    }

    List<Map<String, Object>> items(String user) {
        return (List<Map<String, Object>>) page(user).get("items");
    }

    Map<String, Object> page(String user) {
        ResponseEntity<Map> page = EngineRest.get(rest, user, PASSWORD, "/api/notifications?size=100", Map.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        return page.getBody();
    }

    List<Map<String, Object>> audit(String no) {
        return jdbc.queryForList("select actor, detail from audit_event where application_no = ? and action = 'URGE_TASK' "
                + "order by id", no);
    }

    int automaticUrges(Task task) {
        return jdbc.queryForObject("select count(*) from task_urge where task_id = ? and automatic = true", Integer.class,
                task.getId());
    }
}
