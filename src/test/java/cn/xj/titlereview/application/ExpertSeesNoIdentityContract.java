package cn.xj.titlereview.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.xj.titlereview.attachment.TestImages;
import cn.xj.titlereview.declaration.IdNumbers;
import cn.xj.titlereview.support.CampaignDriver;
import cn.xj.titlereview.support.CampaignRunner;
import cn.xj.titlereview.support.EngineRest;

/**
 * An expert sees nothing that identifies the applicant, anywhere. 张伟 declares for the 2024 senior
 * notice with his name, unit, ID number and phone, names himself and his unit in his achievements
 * and in a file name, masks a page; his application runs to the committee vote. Then the expert who
 * votes reads everything an expert can: through engine REST (as Tasklist does) their tasks, task
 * and form variables, the deployed form, identity links, runtime objects, incidents and every
 * history (process, activity, task, variable, detail, user operation, incident, identity links,
 * jobs, decisions), and through the product API the blind view, the page list and every page.
 * Neither the name, the unit's name or code, the ID number (plain, masked or its birth date), the
 * phone nor the applicant's login appears in any answer, and no ID number or phone in the log of the
 * whole run. Run on H2 ({@link ExpertSeesNoIdentityH2Test}) and MariaDB ({@link ExpertSeesNoIdentityMariaDbIT}).
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class ExpertSeesNoIdentityContract {

    static final String NAME = "张伟";
    static final String UNIT_NAME = "新疆天山有色金属设计研究院";
    static final String UNIT_CODE = "650100001";
    static final String PHONE = "13899990000";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    ProcessEngine engine;
    @Autowired
    TaskService taskService;

    @AfterEach
    void backToRealTime() {
        ClockUtil.reset();
    }

    @Test
    void anExpertReadsNoIdentifyingDataThroughEngineRestOrTheProductApi(CapturedOutput output) {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2024-09-02T02:00:00Z")));
        Api api = new Api(rest);
        String idNumber = ApplicationFixtures.freshIdNumber();
        String no = declareWithIdentityInTheTexts(api, idNumber);
        new CampaignRunner(rest, engine).runUntil(no, "expert_vote");
        Task vote = taskService.createTaskQuery().processInstanceBusinessKey(no).taskDefinitionKey("expert_vote")
                .list().get(0);
        String expert = vote.getAssignee();
        assertThat(expert).startsWith("zjxj");

        Map<String, String> answers = new LinkedHashMap<>();
        List<String> taskIds = readOwnTasks(expert, answers);
        assertThat(taskIds).as("the expert's open tasks").contains(vote.getId());
        for (String taskId : taskIds) {
            for (String part : List.of("", "/variables", "/localVariables", "/form-variables", "/form", "/deployed-form",
                    "/identity-links", "/comment", "/attachment")) {
                read(expert, "/engine-rest/task/" + taskId + part, answers);
            }
        }
        assertThat(answers.get("/engine-rest/task/" + vote.getId() + "/form-variables")).contains(no);
        assertThat(answers.get("/engine-rest/task/" + vote.getId() + "/deployed-form")).contains("vote");
        read(expert, "/engine-rest/process-definition/" + vote.getProcessDefinitionId() + "/xml", answers);
        for (String list : List.of("process-instance", "execution", "variable-instance", "incident", "job",
                "event-subscription", "history/process-instance", "history/activity-instance", "history/task",
                "history/variable-instance", "history/detail", "history/user-operation", "history/incident",
                "history/identity-link-log", "history/job-log", "history/decision-instance")) {
            read(expert, "/engine-rest/" + list + "?maxResults=2000", answers);
        }

        JsonNode blind = api.get(expert, "/api/applications/" + no + "/blind").getBody();
        answers.put("blind", blind.toString());
        assertThat(blind.path("achievements").toString()).contains("XXX选矿试验平台建设");
        ResponseEntity<JsonNode> pages = api.get(expert, "/api/applications/" + no + "/attachments");
        assertThat(pages.getStatusCode()).isEqualTo(HttpStatus.OK);
        answers.put("pages", pages.getBody().toString());
        for (JsonNode page : blind.path("pages")) {
            ResponseEntity<byte[]> copy = api.download(expert, "/api/attachments/" + page.path("id").asText());
            assertThat(copy.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(copy.getHeaders().getContentType().toString()).isEqualTo("image/jpeg");
            answers.put("page " + page.path("id").asText(), copy.getHeaders().toString());
        }
        assertThat(api.get(expert, "/api/applications/" + no).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.get(expert, "/api/applications/" + no + "/id-number").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        String[] secrets = List.of(NAME, UNIT_NAME, UNIT_CODE, idNumber, idNumber.toLowerCase(),
                IdNumbers.mask(idNumber), idNumber.substring(6, 14), PHONE, DeclaredApplications.APPLICANT).toArray(String[]::new);
        assertThat(answers).hasSizeGreaterThan(30);
        answers.forEach((what, answer) -> assertThat(answer).as(what).doesNotContain(secrets));
        assertThat(output.getAll()).as("the log of the run").contains(no)
                .doesNotContain(idNumber, idNumber.substring(0, 17), PHONE);
    }

    /** 张伟's senior declaration naming himself and his unit in an achievement and a paper, one page masked. */
    private String declareWithIdentityInTheTexts(Api api, String idNumber) {
        String no = DeclaredApplications.draft(api, json, idNumber, form -> {
            form.withArray("/achievements").addObject().put("title", UNIT_NAME + "选矿试验平台建设")
                    .put("from", "2022-01-01").put("to", "2023-06-30").put("role", "负责人")
                    .put("description", NAME + "在" + UNIT_NAME + "牵头搭建试验平台，联系电话" + PHONE + "。");
            form.withArray("/practice").addObject().put("title", "选矿厂技术改造").put("from", "2019-01-01")
                    .put("to", "2019-12-31").put("role", "技术负责人")
                    .put("description", "本人身份证号码" + idNumber + "，" + NAME + "负责全部设计。");
            form.withArray("/papers").addObject().put("title", "浮选柱在铜矿的应用").put("journal", UNIT_NAME + "学报")
                    .put("date", "2021-03-01").put("authorRank", "第一作者");
        });
        ResponseEntity<JsonNode> page = api.upload(DeclaredApplications.APPLICANT, no, "diploma",
                NAME + "-" + PHONE + ".jpg", TestImages.jpg(320, 240));
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(api.post(DeclaredApplications.APPLICANT, "/api/attachments/" + page.getBody().path("id").asText()
                + "/masks", Map.of("needsMasking", true, "rectangles",
                List.of(Map.of("x", 10, "y", 10, "width", 200, "height", 30)))).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> submitted = api.post(DeclaredApplications.APPLICANT, "/api/applications/" + no + "/submit",
                null);
        assertThat(submitted.getStatusCode()).as(String.valueOf(submitted.getBody())).isEqualTo(HttpStatus.OK);
        return no;
    }

    private List<String> readOwnTasks(String expert, Map<String, String> answers) {
        String body = read(expert, "/engine-rest/task?maxResults=2000", answers);
        List<String> ids = new ArrayList<>();
        try {
            json.readTree(body).forEach(task -> ids.add(task.path("id").asText()));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    /** Reads as the user; every read must be answered (200, or 204/404 for what a task does not have). */
    private String read(String user, String path, Map<String, String> answers) {
        ResponseEntity<byte[]> response = EngineRest.get(rest, user, CampaignDriver.PASSWORD, path, byte[].class);
        assertThat(response.getStatusCode()).as(path).isIn(HttpStatus.OK, HttpStatus.NO_CONTENT, HttpStatus.NOT_FOUND);
        String body = response.getBody() == null ? "" : new String(response.getBody(), StandardCharsets.UTF_8);
        answers.put(path, body);
        return body;
    }
}
