package cn.xj.titlereview.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import cn.xj.titlereview.notice.ApplicationFacts;
import cn.xj.titlereview.notice.Level;
import cn.xj.titlereview.support.CampaignDriver;
import cn.xj.titlereview.support.EngineRest;
import org.springframework.context.ApplicationContext;
import cn.xj.titlereview.application.DeclaredStarts;

/**
 * Each role sees its own tasks only, through the same engine REST that Tasklist uses: unit X never
 * sees unit Y's applications, an applicant never sees the reviewers' tasks, and nothing in a task's
 * variables names the applicant or the employer.
 */
abstract class TaskVisibilityContract {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    CampaignProcessService campaigns;
    @Autowired
    ApplicationContext context;
    @Autowired
    TaskService taskService;

    @AfterEach
    void backToRealTime() {
        ClockUtil.reset();
    }

    String startAkesu() {
        new CampaignDriver(rest).clockTo("2024-08-01T09:00");
        String no = "VIS" + System.nanoTime() % 10_000_000;
        DeclaredStarts.in(context).start(new ApplicationProcessStart(no, "notice-2024-akesu-coal", Level.SENIOR_DEPUTY, "工程系列",
                "煤炭", "652900001", "sbaks01", ApplicationFacts.none()));
        return no;
    }

    @Test
    void onlyTheApplicantsOwnUnitSeesTheUnitReview() {
        String no = startAkesu();
        CampaignDriver driver = new CampaignDriver(rest);

        assertThat(driver.tasks("dwaks01", no)).extracting(t -> t.get("taskDefinitionKey")).containsExactly("unit_review");
        assertThat(driver.tasks("dwhm01", no)).as("another unit").isEmpty();
        assertThat(driver.tasks("dwxj01", no)).as("another unit").isEmpty();
        assertThat(driver.tasks("pwaks01", no)).as("the committee, before the unit has reviewed").isEmpty();
        assertThat(driver.tasks("zjaks01", no)).as("an expert").isEmpty();
        assertThat(driver.tasks("sbxj01", no)).as("another applicant").isEmpty();
    }

    @Test
    void anotherUnitCannotReadOrCompleteTheTask() {
        String no = startAkesu();
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(no).singleResult();

        ResponseEntity<String> read = EngineRest.get(rest, "dwhm01", CampaignDriver.PASSWORD,
                "/engine-rest/task/" + task.getId() + "/variables", String.class);
        ResponseEntity<String> complete = EngineRest.post(rest, "dwhm01", CampaignDriver.PASSWORD,
                "/engine-rest/task/" + task.getId() + "/complete",
                Map.of("variables", Map.of("decision", Map.of("value", "APPROVE"))), String.class);

        assertThat(read.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(complete.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("still open").isEqualTo(1);
    }

    @Test
    void theSupervisorReadsEveryTaskButCompletesNone() {
        String no = startAkesu();
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(no).singleResult();

        ResponseEntity<Map> read = EngineRest.get(rest, "jdxj01", CampaignDriver.PASSWORD,
                "/engine-rest/task/" + task.getId(), Map.class);
        ResponseEntity<String> complete = EngineRest.post(rest, "jdxj01", CampaignDriver.PASSWORD,
                "/engine-rest/task/" + task.getId() + "/complete",
                Map.of("variables", Map.of("decision", Map.of("value", "APPROVE"))), String.class);

        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(read.getBody()).containsEntry("taskDefinitionKey", "unit_review");
        assertThat(complete.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("still open").isEqualTo(1);
    }

    @Test
    void anotherApplicantAndAnExpertSeeNoHistoryOfTheApplication() {
        String no = startAkesu();

        for (String outsider : List.of("sbxj01", "zjaks01")) {
            ResponseEntity<List> history = EngineRest.get(rest, outsider, CampaignDriver.PASSWORD,
                    "/engine-rest/history/process-instance?processInstanceBusinessKey=" + no + "&maxResults=10", List.class);
            ResponseEntity<List> variables = EngineRest.get(rest, outsider, CampaignDriver.PASSWORD,
                    "/engine-rest/history/variable-instance?variableName=applicantUserId&maxResults=100", List.class);
            assertThat(history.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(history.getBody()).as("%s sees the application's history", outsider).isEmpty();
            assertThat(variables.getBody()).as("%s reads historic variables", outsider).isEmpty();
        }
    }

    @Test
    void taskVariablesCarryIdsAndDecisionsButNoPersonalData() {
        String no = startAkesu();
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(no).singleResult();

        ResponseEntity<Map> variables = EngineRest.get(rest, "dwaks01", CampaignDriver.PASSWORD,
                "/engine-rest/task/" + task.getId() + "/variables", Map.class);

        assertThat(variables.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(variables.getBody()).containsKeys("applicationNo", "noticeId", "level")
                .doesNotContainKeys("name", "applicantName", "idNumber", "phone", "employerName", "unitName");
        String all = String.valueOf(variables.getBody());
        for (String personal : List.of("阿不都", "热合曼", "阿克苏库车示范煤矿有限公司")) {
            assertThat(all).doesNotContain(personal);
        }
        assertThat(all).as("no ID number").doesNotContainPattern("\\d{17}[\\dX]");
    }
}
