package cn.xj.titlereview.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

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
 * The message centre through the product API, fed by a Hami application's own events: the unit's new task
 * (to the unit's group), the return with its reasons (to the applicant only), the result when the process ends;
 * unread count, paging, marking one or all read, and 404 for someone else's notification.
 */
@H2IntegrationTest
class NotificationCentreH2Test {

    static final String APPLICANT = "sbhm01";
    static final String UNIT = "dwhm01";
    static final String PASSWORD = DemoUsers.PASSWORD;

    @Autowired
    TestRestTemplate rest;
    @Autowired
    CampaignProcessService campaigns;
    @Autowired
    ApplicationContext context;
    @Autowired
    ProcessEngine engine;

    @AfterEach
    void backToRealTime() {
        ClockUtil.reset();
    }

    @Test
    void theUnitIsToldOfTheNewTaskAndTheApplicantOfTheReturnWithItsReasons() {
        String no = startHami();
        Map<String, Object> unitItem = item(UNIT, no, "TASK_WAITING");
        assertThat(unitItem).containsEntry("kindLabel", "新待办").containsEntry("read", false)
                .containsEntry("message", "您有一项新的待办‘单位审核’，申报编号：" + no + "。");
        assertThat((String) unitItem.get("link")).startsWith("/camunda/app/tasklist/default/#/?task=");

        new CampaignDriver(rest).returnForRevision(UNIT, no, "unit_review", "继续教育证明缺少2023年度学时", "业绩材料未遮盖单位名称");

        Map<String, Object> returned = item(APPLICANT, no, "TASK_RETURNED");
        assertThat((String) returned.get("message")).isEqualTo("您的申报（申报编号：" + no
                + "）已被退回修改，请在修改期限内按退回原因修改后重新提交。\n退回原因：\n继续教育证明缺少2023年度学时\n业绩材料未遮盖单位名称");
        assertThat(items(UNIT)).as("the reasons go to the applicant alone")
                .noneMatch(i -> "TASK_RETURNED".equals(i.get("kind")) && no.equals(i.get("applicationNo")));
    }

    @Test
    void markingReadLowersTheUnreadCount_anotherUsersNotificationIs404() {
        String no = startHami();
        long id = ((Number) item(UNIT, no, "TASK_WAITING").get("id")).longValue();
        long unread = ((Number) page(UNIT, "").get("unread")).longValue();

        ResponseEntity<Map> read = post(UNIT, "/api/notifications/" + id + "/read");
        ResponseEntity<Map> again = post(UNIT, "/api/notifications/" + id + "/read");
        ResponseEntity<Map> foreign = post(APPLICANT, "/api/notifications/" + id + "/read");

        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(((Number) read.getBody().get("unread")).longValue()).isEqualTo(unread - 1);
        assertThat(((Number) again.getBody().get("unread")).longValue()).as("read twice").isEqualTo(unread - 1);
        assertThat(item(UNIT, no, "TASK_WAITING")).containsEntry("read", true);
        assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(foreign.getBody()).containsEntry("message", "通知不存在：" + id);
        assertThat(items(UNIT, "?unread=true&size=100")).noneMatch(i -> ((Number) i.get("id")).longValue() == id);

        ResponseEntity<Map> all = post(UNIT, "/api/notifications/read-all");
        assertThat(((Number) all.getBody().get("unread")).longValue()).isZero();
    }

    @Test
    void pagesAreNewestFirstAndAtMostTheirSize() {
        startHami();
        startHami();
        Map<String, Object> first = page(UNIT, "?page=0&size=1");
        Map<String, Object> second = page(UNIT, "?page=1&size=1");

        assertThat(first).containsEntry("page", 0).containsEntry("size", 1);
        assertThat(((Number) first.get("total")).longValue()).isGreaterThanOrEqualTo(2);
        long newest = ((Number) ((List<Map<String, Object>>) first.get("items")).get(0).get("id")).longValue();
        long next = ((Number) ((List<Map<String, Object>>) second.get("items")).get(0).get("id")).longValue();
        assertThat(newest).isGreaterThan(next);
        assertThat(rest.getForEntity("/api/notifications", Map.class).getStatusCode()).as("without login")
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theApplicantIsToldTheResultWhenTheProcessEnds() {
        String no = startHami();

        String status = new CampaignRunner(rest, engine).runToEnd(no, Map.of("unit_review", CampaignRunner.Action.REJECT));

        assertThat(status).isEqualTo("REJECTED");
        assertThat(item(APPLICANT, no, "RESULT_PUBLISHED")).containsEntry("kindLabel", "评审结果")
                .containsEntry("message", "您的申报（申报编号：" + no + "）已办结，结果：未通过。详情请登录申报系统查看。");
    }

    // ------------------------------------------------------------------ helpers

    String startHami() {
        new CampaignDriver(rest).clockTo("2023-09-12T09:00");
        String no = "MSG" + System.nanoTime() % 10_000_000;
        DeclaredStarts.in(context).start(new ApplicationProcessStart(no, "notice-2023-hami-all-series", Level.INTERMEDIATE, "农业系列",
                "农业", "650500001", APPLICANT, ApplicationFacts.none()));
        return no;
    }

    Map<String, Object> item(String user, String no, String kind) {
        return items(user).stream().filter(i -> no.equals(i.get("applicationNo")) && kind.equals(i.get("kind")))
                .findFirst().orElseThrow(() -> new AssertionError(user + " has no " + kind + " of " + no));
    }

    List<Map<String, Object>> items(String user) {
        return items(user, "?size=100");
    }

    List<Map<String, Object>> items(String user, String query) {
        return (List<Map<String, Object>>) page(user, query).get("items");
    }

    Map<String, Object> page(String user, String query) {
        ResponseEntity<Map> page = EngineRest.get(rest, user, PASSWORD, "/api/notifications" + query, Map.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        return page.getBody();
    }

    ResponseEntity<Map> post(String user, String path) {
        return EngineRest.post(rest, user, PASSWORD, path, null, Map.class);
    }
}
