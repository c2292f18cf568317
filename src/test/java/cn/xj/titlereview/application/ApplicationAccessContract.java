package cn.xj.titlereview.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.xj.titlereview.attachment.TestImages;
import cn.xj.titlereview.support.CampaignDriver;
import cn.xj.titlereview.support.CampaignRunner;
import cn.xj.titlereview.support.DemoUsers;
import cn.xj.titlereview.support.EngineRest;

/**
 * Units, competent departments, committee offices, HR bureaus and experts read only the
 * applications their process routes to them: a 2024 senior application of 新疆天山有色金属设计研究院
 * (competent 650100, committee 650101, bureau 650000) against the same roles of other units,
 * regions and notices, on the application, its pages, its blind view and the full ID number. Run
 * on H2 ({@link ApplicationAccessH2Test}) and the MySQL-family server ({@link ApplicationAccessMariaDbIT}).
 */
abstract class ApplicationAccessContract {

    /** Everything a reader may ask of one application. */
    enum Read { DETAILS, PAGES, PAGE, BLIND, ID_NUMBER }

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ProcessEngine engine;

    Api api;

    @BeforeEach
    void submitInTheWindow() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2024-09-02T02:00:00Z")));
        api = new Api(rest);
    }

    @AfterEach
    void backToRealTime() {
        ClockUtil.reset();
    }

    @Test
    void eachRoleOfTheApplicationReadsWhatItNeedsAndTheSameRolesElsewhereNothing() {
        String no = DeclaredApplications.submitted(api, json, ApplicationFixtures.freshIdNumber());
        String page = firstPage(no);

        assertReads("dwxj01", no, page, Read.DETAILS, Read.PAGES, Read.PAGE, Read.BLIND);
        assertReads("zgxj01", no, page, Read.DETAILS, Read.PAGES, Read.PAGE, Read.BLIND);
        assertReads("pwxj01", no, page, Read.DETAILS, Read.PAGES, Read.PAGE, Read.BLIND, Read.ID_NUMBER);
        assertReads("hrbxj01", no, page, Read.DETAILS, Read.PAGES, Read.PAGE, Read.BLIND, Read.ID_NUMBER);
        // the committee's experts read it once a meeting opens its vote (onlyTheExpertsOfItsMeetingReadAnApplication)
        assertReads("zjxj01", no, page);
        assertReads("jdxj01", no, page, Read.DETAILS, Read.PAGES, Read.PAGE, Read.BLIND);
        // another region's unit, competent departments and bureaus; the committees and experts of other notices
        for (String outsider : List.of("dwaks01", "dwhm01", "zgaks01", "zghm01", "pwys01", "pwaks01", "pwhm01",
                "hrbaks01", "hrbhm01", "zjys01", "zjaks01", "sbys01")) {
            assertReads(outsider, no, page);
        }
    }

    /**
     * Hami (two competent departments, three committees of its own) against Akesu: the 水利 application of
     * 哈密市农业技术推广中心 (competent 650501, committee 650503) and the 建筑 application of 哈密市建筑设计研究院
     * (competent 650502, committee 650502). Each office reads, prints, exports and sees in engine REST the
     * application its organisation handles and nothing of the other; another prefecture's bureau nothing.
     */
    @Test
    void hamisOfficesReachTheApplicationsOfTheirOwnOrganisationsOnly() {
        CampaignRunner bot = new CampaignRunner(rest, engine);
        bot.driver().clockTo("2023-09-12T09:00");
        String water = hamiSubmitted("sbhm01", "650500001", "水利工程");
        String building = hamiSubmitted("sbhm02", "650500002", "建筑工程");
        bot.runUntil(water, "committee_intake");
        bot.runUntil(building, "competent_recommend");
        String waterPage = firstPage("sbhm01", water);
        String buildingPage = firstPage("sbhm02", building);

        assertThat(bot.variable(water, "committeeGroup")).isEqualTo("committee650503");
        assertThat(bot.variable(building, "committeeGroup")).isEqualTo("committee650502");
        Read[] reviewer = {Read.DETAILS, Read.PAGES, Read.PAGE, Read.BLIND};
        Read[] identityChecker = {Read.DETAILS, Read.PAGES, Read.PAGE, Read.BLIND, Read.ID_NUMBER};
        for (String user : List.of("dwhm01", "zghm01")) {
            assertReads(user, water, waterPage, reviewer);
            assertReads(user, building, buildingPage);
        }
        for (String user : List.of("dwhm02", "zghm02")) {
            assertReads(user, building, buildingPage, reviewer);
            assertReads(user, water, waterPage);
        }
        assertReads("pwhm03", water, waterPage, identityChecker);
        assertReads("pwhm03", building, buildingPage);
        assertReads("pwhm02", building, buildingPage, identityChecker);
        assertReads("pwhm02", water, waterPage);
        assertReads("zjhm11", water, waterPage);   // its committee's expert: no meeting yet
        assertReads("zjhm06", water, waterPage);
        for (String no : List.of(water, building)) {
            String page = no.equals(water) ? waterPage : buildingPage;
            assertReads("hrbhm01", no, page, identityChecker);
            assertReads("jdxj01", no, page, reviewer);
            // Hami's agriculture and news committees, another prefecture's bureau, the region's bureau and committee
            for (String outsider : List.of("pwhm01", "pwhm04", "zjhm01", "hrbaks01", "hrbxj01", "pwaks01", "zgaks01")) {
                assertReads(outsider, no, page);
            }
        }
        ResponseEntity<JsonNode> refused = api.get("pwhm02", "/api/applications/" + water);
        assertThat(refused.getBody().path("message").asText()).isEqualTo("无权查看该申报");

        // documents: the unit publicity result (公示结果) of the application
        assertThat(document("pwhm03", water)).isEqualTo(HttpStatus.OK);
        assertThat(document("zghm01", water)).isEqualTo(HttpStatus.OK);
        for (String outsider : List.of("pwhm02", "zghm02", "dwhm02", "hrbaks01", "pwhm01")) {
            assertThat(document(outsider, water)).as(outsider).isEqualTo(HttpStatus.FORBIDDEN);
        }
        ResponseEntity<JsonNode> refusedDocument = api.get("pwhm02", "/api/applications/" + water + "/documents/publicity-result.pdf");
        assertThat(refusedDocument.getBody().path("message").asText()).isEqualTo("无权获取该申报的公示结果");

        // Word documents of the competent department: its own units' applications only
        String recommendation = "/api/applications/" + water + "/documents/competent-recommendation.docx";
        assertThat(api.download("zghm01", recommendation).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> refusedWord = api.get("zghm02", recommendation);
        assertThat(refusedWord.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refusedWord.getBody().path("message").asText())
                .isEqualTo("无权获取该申报的主管部门推荐意见：只有用人单位的主管部门可以获取");

        // exports: each office its own share of the notice
        assertThat(exported("pwhm03")).contains(water).doesNotContain(building);
        assertThat(exported("pwhm02")).contains(building).doesNotContain(water);
        assertThat(exported("zghm01")).contains(water).doesNotContain(building);
        assertThat(exported("zghm02")).contains(building).doesNotContain(water);
        assertThat(exported("pwhm01")).doesNotContain(water, building);
        assertThat(exported("hrbhm01")).contains(water, building);
        assertThat(exported("jdxj01")).contains(water, building);
        // Akesu's bureau would recognise an Akesu unit's direct recognition (直接认定) under this notice: that alone
        assertThat(exported("hrbaks01")).doesNotContain(water, building);
        assertThat(api.download("hrbxj01", exportPath()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.download("zjhm11", exportPath()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        // engine REST: open tasks, the task itself and its variables, instances and history
        String intake = engineList("pwhm03", "/engine-rest/task?processInstanceBusinessKey=" + water).get(0)
                .path("id").asText();
        String recommend = engineList("zghm02", "/engine-rest/task?processInstanceBusinessKey=" + building).get(0)
                .path("id").asText();
        assertThat(engineList("jdxj01", "/engine-rest/task?processInstanceBusinessKey=" + water)).hasSize(1);
        assertThat(engineList("jdxj01", "/engine-rest/history/task?processInstanceBusinessKey=" + water)).isNotEmpty();
        String waterInstance = bot.rootInstance(water).getId();
        String buildingInstance = bot.rootInstance(building).getId();
        assertThat(engineList("jdxj01", "/engine-rest/history/variable-instance?processInstanceId=" + waterInstance))
                .anyMatch(v -> water.equals(v.path("value").asText()));
        for (String[] attempt : new String[][] {{"pwhm02", water, intake}, {"pwhm01", water, intake},
                {"hrbaks01", water, intake}, {"zghm01", building, recommend}, {"pwhm03", building, recommend}}) {
            String user = attempt[0];
            String no = attempt[1];
            String task = attempt[2];
            assertThat(engineList(user, "/engine-rest/task?processInstanceBusinessKey=" + no)).as(user).isEmpty();
            assertThat(engineList(user, "/engine-rest/process-instance?businessKey=" + no)).as(user).isEmpty();
            assertThat(engineList(user, "/engine-rest/history/task?processInstanceBusinessKey=" + no)).as(user).isEmpty();
            assertThat(engineList(user, "/engine-rest/history/process-instance?processInstanceBusinessKey=" + no))
                    .as(user).isEmpty();
            String instance = no.equals(water) ? waterInstance : buildingInstance;
            assertThat(engineList(user, "/engine-rest/history/variable-instance?processInstanceId=" + instance))
                    .as(user).isEmpty();
            assertThat(engineList(user, "/engine-rest/variable-instance?processInstanceIdIn=" + instance))
                    .as(user).isEmpty();
            // the engine does not tell another office's task from none (404), nor hands out its variables
            ResponseEntity<String> single = EngineRest.get(rest, user, DemoUsers.PASSWORD, "/engine-rest/task/" + task,
                    String.class);
            assertThat(single.getStatusCode()).as(user).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(single.getBody()).doesNotContain(no);
            ResponseEntity<String> variables = EngineRest.get(rest, user, DemoUsers.PASSWORD,
                    "/engine-rest/task/" + task + "/variables", String.class);
            assertThat(variables.getStatusCode().value()).as("%s: %s", user, variables.getBody()).isIn(403, 404);
            assertThat(variables.getBody()).doesNotContain(no);
            // asking for the other office's group, or claiming its task, changes nothing
            String group = (String) bot.variable(no, task.equals(intake) ? "committeeGroup" : "competentGroup");
            assertThat(engineList(user, "/engine-rest/task?candidateGroup=" + group)).as(user)
                    .noneMatch(t -> task.equals(t.path("id").asText()));
            ResponseEntity<String> claim = EngineRest.post(rest, user, DemoUsers.PASSWORD,
                    "/engine-rest/task/" + task + "/claim", Map.of("userId", user), String.class);
            assertThat(claim.getStatusCode().is4xxClientError()).as("%s claims: %s", user, claim.getBody()).isTrue();
            assertThat(engine.getTaskService().createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
        }
    }

    private String hamiSubmitted(String applicant, String unit, String specialty) {
        ObjectNode form = json.valueToTree(ApplicationFixtures.complete(ApplicationFixtures.freshIdNumber()));
        form.put("noticeId", "notice-2023-hami-all-series");
        DeclaredPathsContract.delegatedToRegion().accept(form);
        form.put("specialty", specialty).put("employerUnitCode", unit);
        form.withObject("/situation").put("delegatedEvaluation", false).remove("delegatedToCommittee");
        ResponseEntity<JsonNode> created = api.post(applicant, "/api/applications", form);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        String no = created.getBody().path("applicationNo").asText();
        for (JsonNode material : api.get(applicant, "/api/applications/" + no + "/eligibility").getBody().path("materials")) {
            String category = material.path("id").asText();
            ResponseEntity<JsonNode> page = api.upload(applicant, no, category, category + ".jpg", TestImages.jpg(120, 90));
            assertThat(page.getStatusCode()).as(String.valueOf(page.getBody())).isEqualTo(HttpStatus.CREATED);
            api.post(applicant, "/api/attachments/" + page.getBody().path("id").asText() + "/masks",
                    Map.of("needsMasking", false));
        }
        ResponseEntity<JsonNode> submitted = api.post(applicant, "/api/applications/" + no + "/submit", null);
        assertThat(submitted.getStatusCode()).as(String.valueOf(submitted.getBody())).isEqualTo(HttpStatus.OK);
        return no;
    }

    private HttpStatus document(String user, String no) {
        return HttpStatus.valueOf(api.download(user, "/api/applications/" + no + "/documents/publicity-result.pdf")
                .getStatusCode().value());
    }

    private static String exportPath() {
        return "/api/notices/notice-2023-hami-all-series/exports/applications.xlsx";
    }

    /** Every text of the user's export of the Hami notice's applications. */
    private String exported(String user) {
        ResponseEntity<byte[]> response = api.download(user, exportPath());
        assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
        StringBuilder texts = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
            workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> texts.append(cell.toString()).append('|')));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts.toString();
    }

    private List<JsonNode> engineList(String user, String path) {
        // every list through engine REST is bounded (query-max-results-limit)
        ResponseEntity<JsonNode> response = EngineRest.get(rest, user, DemoUsers.PASSWORD,
                path + (path.contains("?") ? "&" : "?") + "maxResults=100", JsonNode.class);
        assertThat(response.getStatusCode()).as("%s %s: %s", user, path, response.getBody()).isEqualTo(HttpStatus.OK);
        List<JsonNode> list = new java.util.ArrayList<>();
        response.getBody().forEach(list::add);
        return list;
    }

    @Test
    void theProcessDecidesWhichCommitteeReads() {
        String no = DeclaredApplications.submitted(api, json, ApplicationFixtures.freshIdNumber());
        String page = firstPage(no);
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(no)
                .processDefinitionKey(DeclaredApplications.NOTICE).singleResult().getId();

        // what the start sets for a letter delegating the evaluation to the non-ferrous committee
        runtimeService.setVariables(instance, Map.of("committeeGroup", "committee650201", "expertGroup", "expert650201"));

        assertReads("pwys01", no, page, Read.DETAILS, Read.PAGES, Read.PAGE, Read.BLIND, Read.ID_NUMBER);
        assertReads("zjys01", no, page);   // no meeting has opened its vote yet
        assertReads("pwxj01", no, page);
        assertReads("zjxj01", no, page);
        assertReads("hrbxj01", no, page, Read.DETAILS, Read.PAGES, Read.PAGE, Read.BLIND, Read.ID_NUMBER);
    }

    @Test
    void aFinishedApplicationKeepsItsReadersFromTheProcessHistory() {
        String no = DeclaredApplications.submitted(api, json, ApplicationFixtures.freshIdNumber());
        String page = firstPage(no);
        new CampaignDriver(rest).reject("dwxj01", no, "unit_review");
        assertThat(api.get(DeclaredApplications.APPLICANT, "/api/applications/" + no).getBody().path("status").asText())
                .isEqualTo("REJECTED");

        assertReads("dwxj01", no, page, Read.DETAILS, Read.PAGES, Read.PAGE, Read.BLIND);
        assertReads("hrbxj01", no, page, Read.DETAILS, Read.PAGES, Read.PAGE, Read.BLIND, Read.ID_NUMBER);
        assertReads("dwaks01", no, page);
        assertReads("pwaks01", no, page);
    }

    @Test
    void expertsListThePagesWithoutFileNamesAndDownloadThemUnderTheirCategory() {
        String no = DeclaredApplications.draft(api, json, ApplicationFixtures.freshIdNumber());
        ResponseEntity<JsonNode> named = api.upload(DeclaredApplications.APPLICANT, no, "diploma", "张伟的学位证书.jpg",
                cn.xj.titlereview.attachment.TestImages.jpg(120, 90));
        String id = named.getBody().path("id").asText();
        api.post(DeclaredApplications.APPLICANT, "/api/attachments/" + id + "/masks", Map.of("needsMasking", false));
        assertThat(api.post(DeclaredApplications.APPLICANT, "/api/applications/" + no + "/submit", null)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        new CampaignRunner(rest, engine).runUntil(no, "expert_vote");   // its meeting draws the whole pool of five

        JsonNode expertsList = api.get("zjxj01", "/api/applications/" + no + "/attachments").getBody();
        ResponseEntity<byte[]> expertsCopy = api.download("zjxj01", "/api/attachments/" + id);
        ResponseEntity<byte[]> unitsCopy = api.download("dwxj01", "/api/attachments/" + id);

        assertThat(expertsList.findValuesAsText("id")).contains(id);
        assertThat(expertsList.toString()).doesNotContain("张伟").doesNotContain("originalName\":\"");
        assertThat(expertsCopy.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(expertsCopy.getHeaders().getContentDisposition().getFilename()).isEqualTo("diploma.jpg");
        assertThat(unitsCopy.getHeaders().getContentDisposition().getFilename()).isEqualTo("张伟的学位证书.jpg");
    }

    /**
     * Only the experts drawn for the meeting that votes on an application read it, pages and blind view: before the
     * meeting opens no expert does; then the drawn experts do, except one who stood aside from it (回避), and an
     * expert of the pool who was not drawn reads nothing. The committee office reads it throughout.
     */
    @Test
    void onlyTheExpertsOfItsMeetingReadAnApplication() {
        String no = DeclaredApplications.submitted(api, json, ApplicationFixtures.freshIdNumber());
        String page = firstPage(no);
        CampaignRunner bot = new CampaignRunner(rest, engine);
        bot.runUntilMeeting(no);
        List<String> pool = new java.util.ArrayList<>(List.of("zjxj01", "zjxj02", "zjxj03", "zjxj04", "zjxj05"));
        IdentityService identity = engine.getIdentityService();
        // a sixth expert in the pool of the senior committee, so that a draw of five leaves one out
        if (identity.createUserQuery().userId(EXTRA_EXPERT).count() == 0) {
            org.camunda.bpm.engine.identity.User user = identity.newUser(EXTRA_EXPERT);
            user.setFirstName(EXTRA_EXPERT);
            user.setLastName("测试");
            user.setPassword(DemoUsers.PASSWORD);
            identity.saveUser(user);
        }
        identity.createMembership(EXTRA_EXPERT, "expert650101");
        try {
            assertThat(poolExpert(true).getStatusCode()).isEqualTo(HttpStatus.OK);
            pool.add(EXTRA_EXPERT);
            for (String expert : pool) {
                assertReads(expert, no, page);   // waiting for its meeting
            }
            String today = cn.xj.titlereview.calendar.BeijingTime.local(ClockUtil.getCurrentTime().toInstant())
                    .toLocalDate().toString();
            ResponseEntity<Map> created = EngineRest.post(rest, "pwxj01", DemoUsers.PASSWORD,
                    "/api/committees/650101/meetings", Map.of("date", today, "place", "自治区人社厅会议室",
                            "levels", List.of("SENIOR_FULL"), "expertCount", 5), Map.class);
            assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
            long meeting = ((Number) created.getBody().get("id")).longValue();
            bot.driver().meetingStep("pwxj01", meeting, "applications", Map.of("applicationNos", List.of(no)));
            List<String> drawn = ((List<Map<String, Object>>) bot.driver().meetingStep("pwxj01", meeting, "draw", Map.of())
                    .get("experts")).stream().map(e -> (String) e.get("expertId")).toList();
            assertThat(drawn).hasSize(5).isSubsetOf(pool);
            String notDrawn = pool.stream().filter(e -> !drawn.contains(e)).findFirst().orElseThrow();
            String aside = drawn.get(0);
            bot.driver().meetingStep(aside, meeting, "recusals", Map.of("expertId", aside, "applicationNo", no,
                    "reason", "同一项目组"));
            for (String expert : drawn) {
                assertReads(expert, no, page);   // drawn, but the vote is not open
            }
            bot.driver().meetingStep("pwxj01", meeting, "open", Map.of());

            for (String voter : drawn.subList(1, drawn.size())) {
                assertReads(voter, no, page, Read.PAGES, Read.PAGE, Read.BLIND);
            }
            assertReads(aside, no, page);
            assertReads(notDrawn, no, page);
            assertReads("zjys01", no, page);
            assertReads("pwxj01", no, page, Read.DETAILS, Read.PAGES, Read.PAGE, Read.BLIND, Read.ID_NUMBER);
        } finally {
            poolExpert(false);
            identity.deleteMembership(EXTRA_EXPERT, "expert650101");
        }
    }

    private static final String EXTRA_EXPERT = "aacx01";

    private ResponseEntity<Map> poolExpert(boolean active) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("expertId", EXTRA_EXPERT);
        body.put("specialty", "有色金属");
        body.put("titleLevel", "SENIOR_FULL");
        body.put("employerUnit", "新疆大学");
        body.put("regionCode", "650000");
        body.put("termStart", "2021-01-01");
        body.put("termEnd", "2026-12-31");
        body.put("active", active);
        return EngineRest.post(rest, "pwxj01", DemoUsers.PASSWORD, "/api/committees/650101/experts", body, Map.class);
    }

    private String firstPage(String no) {
        return firstPage(DeclaredApplications.APPLICANT, no);
    }

    private String firstPage(String applicant, String no) {
        return api.get(applicant, "/api/applications/" + no + "/attachments").getBody().get(0).path("id").asText();
    }

    /** The user gets 200 for exactly the reads listed and 403 for every other. */
    private void assertReads(String user, String no, String page, Read... allowed) {
        List<Read> granted = List.of(allowed);
        for (Read read : Read.values()) {
            HttpStatus expected = granted.contains(read) ? HttpStatus.OK : HttpStatus.FORBIDDEN;
            assertThat(status(user, no, page, read)).as("%s: %s of %s", user, read, no).isEqualTo(expected);
        }
    }

    private HttpStatus status(String user, String no, String page, Read read) {
        String path = "/api/applications/" + no;
        int status = switch (read) {
            case DETAILS -> api.get(user, path).getStatusCode().value();
            case PAGES -> api.get(user, path + "/attachments").getStatusCode().value();
            case PAGE -> api.download(user, "/api/attachments/" + page).getStatusCode().value();
            case BLIND -> api.get(user, path + "/blind").getStatusCode().value();
            case ID_NUMBER -> api.get(user, path + "/id-number").getStatusCode().value();
        };
        return HttpStatus.valueOf(status);
    }
}
