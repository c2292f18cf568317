package cn.xj.titlereview.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.xj.titlereview.calendar.BeijingTime;
import cn.xj.titlereview.notice.NoticeCatalog;
import cn.xj.titlereview.schedule.ScheduleKeys;
import cn.xj.titlereview.schedule.ScheduleRegistrar;
import cn.xj.titlereview.schedule.WindowEventRepository;
import cn.xj.titlereview.schedule.WindowTransition;
import cn.xj.titlereview.simulation.SimulationClockService;
import cn.xj.titlereview.support.DemoUsers;
import cn.xj.titlereview.support.EngineRest;

/**
 * Next year's notice published on the running product, without a restart: the designer deploys the models
 * (as Camunda Modeler does) and publishes the 2025 copy of the senior five-series notice with changed dates,
 * fees and rules; an applicant declares for it at once; its windows open and close on the simulation clock;
 * a correction moves a deadline of the waiting application, a rule change after the opening needs the
 * confirmation and the reason, and the running application keeps the version it started with. Broken files
 * and files that do not match their process are refused with every problem, and nothing changes.
 * Run on H2 ({@link NoticePublishingH2Test}) and MariaDB ({@link NoticePublishingMariaDbIT}).
 */
abstract class NoticePublishingContract {

    static final String SEED = "notice-2024-xj-senior-five-series";
    static final String NEXT = "notice-2025-xj-senior-five-series";
    static final String MISMATCH = "notice-2025-xj-publish-mismatch";
    static final String DESIGNER = "sjxj01";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SimulationClockService clock;
    @Autowired
    WindowEventRepository windowEvents;
    @Autowired
    ScheduleRegistrar registrar;
    @Autowired
    Scheduler scheduler;
    @Autowired
    NoticeCatalog catalog;

    private final List<String> deployments = new ArrayList<>();
    private final List<String> applications = new ArrayList<>();

    private int auditBefore;

    @BeforeEach
    void beforeTheNotice() {
        auditBefore = publications();
        clock.moveTo(beijing("2025-08-01T09:00:00"));
    }

    @AfterEach
    void removeTheNotice() {
        for (String no : applications) {
            runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(no).rootProcessInstances().list()
                    .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "测试结束"));
        }
        remove(repositoryService, jdbc, registrar, deployments);
        ClockUtil.reset();
    }

    /** Removes what a test published and deployed, so the shared context is as the other classes expect it. */
    static void remove(RepositoryService repositoryService, JdbcTemplate jdbc, ScheduleRegistrar registrar,
                       List<String> deployments) {
        deployments.forEach(id -> repositoryService.deleteDeployment(id, true));
        deployments.clear();
        for (String id : List.of(NEXT, MISMATCH)) {
            jdbc.update("delete from notice_version where notice_id = ?", id);
            jdbc.update("delete from notice where id = ?", id);
            jdbc.update("delete from notice_window_event where notice_id = ?", id);
            jdbc.update("delete from committee_notice where notice_id = ?", id);
            jdbc.update("delete from hr_bureau_notice where notice_id = ?", id);
        }
        jdbc.update("update notice_catalog_token set token = ? where id = 1", UUID.randomUUID().toString());
        jdbc.update("update directory_version set token = ? where id = 1", UUID.randomUUID().toString());
        registrar.register();
    }

    // ------------------------------------------------------------------ next year's notice

    @Test
    void nextYearsCopyIsPublishedAndDeclaredForAtOnceAndItsWindowsFollowTheSimulationClock() throws Exception {
        String file = nextYear();
        deployModels();

        JsonNode review = validate(DESIGNER, NEXT + ".yml", file).getBody();
        assertThat(review.path("valid").asBoolean()).as(review.toString()).isTrue();
        assertThat(review.path("problems")).isEmpty();
        assertThat(review.path("currentVersion").isNull()).isTrue();

        ResponseEntity<JsonNode> published = publish(DESIGNER, NEXT + ".yml", file, false, null);
        assertThat(published.getStatusCode()).as(String.valueOf(published.getBody())).isEqualTo(HttpStatus.CREATED);
        assertThat(published.getBody().path("version").asInt()).isEqualTo(1);

        // every node's catalog follows the token; the notice API lists it; its windows are in Quartz
        assertThat(catalog.get(NEXT).fees().perLevel()).containsEntry(cn.xj.titlereview.notice.Level.SENIOR_FULL, 800);
        JsonNode notice = EngineRest.get(rest, "sbxj01", DemoUsers.PASSWORD, "/api/notices/" + NEXT, JsonNode.class).getBody();
        assertThat(notice.toString()).contains("2025-08-08", "\"limit\":2");
        assertThat(scheduler.getTrigger(TriggerKey.triggerKey(NEXT + ".declaration.OPENED", ScheduleKeys.WINDOW_GROUP)))
                .as("declaration opening registered in Quartz").isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'PUBLISH_NOTICE' and detail like ?",
                Integer.class, "%" + NEXT + " 版本 1%")).isEqualTo(1);

        // the HR bureau puts the notice's committees and bureau to work for it (the directory, as every year)
        serveLikeTheSeed();

        // the declaration opens on the simulation clock
        clock.moveTo(beijing("2025-08-08T00:00:05"));
        assertThat(windowEvents.find(NEXT, "declaration", WindowTransition.OPENED)).get()
                .satisfies(e -> assertThat(e.dueAt()).isEqualTo(beijing("2025-08-08T00:00:00")));

        // an applicant declares at once
        clock.moveTo(beijing("2025-09-02T10:00:00"));
        Api api = new Api(rest);
        String no = DeclaredApplications.draft(api, json, ApplicationFixtures.freshIdNumber(),
                form -> form.put("noticeId", NEXT));
        applications.add(no);
        ResponseEntity<JsonNode> submitted = api.post("sbxj01", "/api/applications/" + no + "/submit", null);
        assertThat(submitted.getStatusCode()).as(String.valueOf(submitted.getBody())).isEqualTo(HttpStatus.OK);
        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(no)
                .processDefinitionKey(NEXT).singleResult();
        assertThat(instance).isNotNull();
        Map<String, Object> variables = runtimeService.getVariables(instance.getId());
        assertThat(variables).containsEntry("noticeVersion", 1).containsEntry("submissionLimit", 2)
                .containsEntry("fixWindows", "PT72H")
                .containsEntry("paymentDeadline", Date.from(beijing("2025-11-04T23:59:59")));
        assertThat(new cn.xj.titlereview.support.CampaignDriver(rest).tasks("dwxj01", no))
                .extracting(t -> t.get("taskDefinitionKey")).containsExactly("unit_review");

        // a correction after the opening: the payment deadline moved later and a wording fix, no confirmation
        String corrected = file.replace("end: 2025-11-04T23:59:59", "end: 2025-11-06T23:59:59")
                .replace("缴费时间：10月27日至11月4日", "缴费时间：10月27日至11月6日（更正）");
        ResponseEntity<JsonNode> correction = publish(DESIGNER, NEXT + ".yml", corrected, false, null);
        assertThat(correction.getStatusCode()).as(String.valueOf(correction.getBody())).isEqualTo(HttpStatus.CREATED);
        assertThat(correction.getBody().path("ruleChange").asBoolean()).isFalse();
        assertThat(correction.getBody().path("deadlinesMoved").toString()).contains("paymentDeadline：1 个申报");
        assertThat(runtimeService.getVariable(instance.getId(), "paymentDeadline"))
                .as("the waiting application's deadline moved with the correction")
                .isEqualTo(Date.from(beijing("2025-11-06T23:59:59")));

        // a change of rules after the opening: refused without confirmation and reason, nothing written
        String ruleChange = corrected.replace("limit: 2", "limit: 3").replace("fixWindows: [PT72H]", "fixWindows: [PT72H, PT48H]");
        ResponseEntity<JsonNode> unconfirmed = publish(DESIGNER, NEXT + ".yml", ruleChange, false, null);
        assertThat(unconfirmed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(Api.problems(unconfirmed)).contains("confirm:确认规则变更", "reason:必填");
        assertThat(unconfirmed.getBody().toString()).contains("submission.limit");
        assertThat(versions(NEXT)).hasSize(2);
        ResponseEntity<JsonNode> confirmed = publish(DESIGNER, NEXT + ".yml", ruleChange, true, "人社厅补充通知：修改次数调整为3次");
        assertThat(confirmed.getStatusCode()).as(String.valueOf(confirmed.getBody())).isEqualTo(HttpStatus.CREATED);
        assertThat(confirmed.getBody().path("version").asInt()).isEqualTo(3);
        assertThat(confirmed.getBody().path("ruleChange").asBoolean()).isTrue();
        // the running application keeps the version it started with
        assertThat(runtimeService.getVariables(instance.getId())).containsEntry("noticeVersion", 1)
                .containsEntry("submissionLimit", 2).containsEntry("fixWindows", "PT72H");

        // versions with who, when and why; the differences of two versions, each classed
        JsonNode versions = versions(NEXT);
        assertThat(versions).hasSize(3);
        assertThat(versions.get(0).path("version").asInt()).isEqualTo(3);
        assertThat(versions.get(0).path("publishedBy").asText()).isEqualTo(DESIGNER);
        assertThat(versions.get(0).path("reason").asText()).isEqualTo("人社厅补充通知：修改次数调整为3次");
        assertThat(versions.get(0).path("ruleChange").asBoolean()).isTrue();
        JsonNode diff = EngineRest.get(rest, DESIGNER, DemoUsers.PASSWORD,
                "/api/admin/notices/" + NEXT + "/diff?from=1&to=3", JsonNode.class).getBody();
        assertThat(diff.toString()).contains("\"path\":\"windows.payment.end\"", "DATE_LATER", "\"path\":\"submission.limit\"",
                "RULE", "\"path\":\"windows.payment.original\"", "WORDING");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'PUBLISH_NOTICE' and detail like ?",
                Integer.class, "%" + NEXT + "%理由：人社厅补充通知%")).isEqualTo(1);

        // the declaration closes on the simulation clock
        clock.moveTo(beijing("2025-10-11T00:00:05"));
        assertThat(windowEvents.find(NEXT, "declaration", WindowTransition.CLOSED)).get()
                .satisfies(e -> assertThat(e.dueAt()).isEqualTo(beijing("2025-10-11T00:00:00")));
    }

    // ------------------------------------------------------------------ refusals

    @Test
    void aBrokenFileIsRefusedWithEveryProblemAndNothingChanges() {
        String broken = nextYear()
                .replace("  declaration:\n    start: 2025-08-08T00:00:00\n    end: 2025-10-10T23:59:59",
                        "  declaration:\n    start: 2025-10-11T00:00:00\n    end: 2025-10-10T23:59:59")
                .replace("    JUNIOR: 300\n", "")
                .replace("submission:\n", "submission:\n  colour: red\n");
        JsonNode review = validate(DESIGNER, NEXT + ".yml", broken).getBody();
        assertThat(review.path("valid").asBoolean()).isFalse();
        // an unknown field stops the reading; fixed, the validator names every other problem at once
        assertThat(review.path("problems").toString()).contains("submission.colour", "未知字段");

        String invalid = broken.replace("  colour: red\n", "");
        review = validate(DESIGNER, NEXT + ".yml", invalid).getBody();
        assertThat(fields(review)).contains("windows.declaration.end", "fees.perLevel.JUNIOR");
        assertThat(review.path("problems").get(0).path("file").asText()).isEqualTo(NEXT + ".yml");
        ResponseEntity<JsonNode> refused = publish(DESIGNER, NEXT + ".yml", invalid, false, null);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(Api.problems(refused)).anyMatch(p -> p.startsWith("windows.declaration.end:"))
                .anyMatch(p -> p.startsWith("fees.perLevel.JUNIOR:"));

        ResponseEntity<JsonNode> syntax = publish(DESIGNER, "x.yml", "id: x\n\tyear: 2025\n", false, null);
        assertThat(syntax.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(syntax.getBody().toString()).contains("YAML 语法错误");

        assertNothingOf(NEXT);
    }

    @Test
    void aFileThatDoesNotMatchItsDeployedProcessIsRefusedWithEveryProblemAndNothingChanges() throws IOException {
        // no process deployed for the notice
        String file = nextYear();
        JsonNode undeployed = validate(DESIGNER, NEXT + ".yml", file).getBody();
        assertThat(undeployed.path("valid").asBoolean()).isFalse();
        assertThat(undeployed.path("problems").toString()).contains("流程已部署", NEXT);

        // deployed, but the fee table was not extended for the new notice, and the process lacks the committee
        String bare = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="http://xj.cn/t">
                  <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="start" />
                    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="pay" />
                    <bpmn:callActivity id="pay" calledElement="stage-payment" />
                    <bpmn:sequenceFlow id="f2" sourceRef="pay" targetRef="end" />
                    <bpmn:endEvent id="end" />
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(NEXT);
        deployments.add(repositoryService.createDeployment().name("Modeler " + NEXT)
                .addString(NEXT + ".bpmn", bare).deploy().getId());
        JsonNode mismatch = validate(DESIGNER, NEXT + ".yml", file).getBody();
        assertThat(mismatch.path("valid").asBoolean()).isFalse();
        assertThat(mismatch.path("problems").toString()).contains("unit_review", "competent_recommend", "committee_intake",
                "expert_vote", "hr_confirm");
        assertThat(fields(mismatch)).contains("fees.perLevel.SENIOR_FULL", "fees.perLevel.INTERMEDIATE");
        ResponseEntity<JsonNode> refused = publish(DESIGNER, NEXT + ".yml", file, false, null);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(Api.problems(refused)).contains("flow:流程含约定任务", "fees.perLevel.SENIOR_FULL:与决策表一致");
        assertNothingOf(NEXT);
    }

    @Test
    void onlyDesignersAndAdministratorsPublish() {
        String file = nextYear();
        ResponseEntity<JsonNode> applicant = validate("sbxj01", NEXT + ".yml", file);
        assertThat(applicant.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(applicant.getBody().path("message").asText()).isEqualTo("仅流程设计人员或系统管理员可以发布通知");
        assertThat(publish("dwxj01", NEXT + ".yml", file, false, null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.postForEntity("/api/admin/notices/validate", Map.of("content", file), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(EngineRest.post(rest, "admin", DemoUsers.ADMIN_PASSWORD, "/api/admin/notices/validate",
                Map.of("fileName", NEXT + ".yml", "content", file), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertNothingOf(NEXT);
    }

    // ------------------------------------------------------------------ helpers

    private void assertNothingOf(String id) {
        assertThat(jdbc.queryForObject("select count(*) from notice_version where notice_id = ?", Integer.class, id)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from notice where id = ?", Integer.class, id)).isZero();
        assertThat(catalog.find(id)).isEmpty();
        try {
            assertThat(scheduler.getTrigger(TriggerKey.triggerKey(id + ".declaration.OPENED", ScheduleKeys.WINDOW_GROUP))).isNull();
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
        assertThat(publications()).as("no publication audited").isEqualTo(auditBefore);
    }

    private int publications() {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'PUBLISH_NOTICE'", Integer.class);
    }

    private static List<String> fields(JsonNode review) {
        List<String> fields = new ArrayList<>();
        review.path("problems").forEach(p -> fields.add(p.path("field").asText()));
        return fields;
    }

    ResponseEntity<JsonNode> validate(String user, String fileName, String content) {
        return EngineRest.post(rest, user, password(user), "/api/admin/notices/validate",
                Map.of("fileName", fileName, "content", content), JsonNode.class);
    }

    ResponseEntity<JsonNode> publish(String user, String fileName, String content, boolean confirm, String reason) {
        Map<String, Object> body = new java.util.LinkedHashMap<>(Map.of("fileName", fileName, "content", content,
                "confirm", confirm));
        if (reason != null) {
            body.put("reason", reason);
        }
        return EngineRest.post(rest, user, password(user), "/api/admin/notices", body, JsonNode.class);
    }

    JsonNode versions(String id) {
        return EngineRest.get(rest, DESIGNER, DemoUsers.PASSWORD, "/api/admin/notices/" + id + "/versions", JsonNode.class)
                .getBody();
    }

    private static String password(String user) {
        return "admin".equals(user) ? DemoUsers.ADMIN_PASSWORD : DemoUsers.PASSWORD;
    }

    /** The seed file as next year's copy: new id and year, windows a year later, fees up 100 yuan, fewer returns. */
    static String nextYear() {
        String seed = read("config/notices/" + SEED + ".yml");
        String copy = seed.replace("id: " + SEED, "id: " + NEXT).replaceFirst("(?m)^year: 2024$", "year: 2025")
                .replaceFirst("(?m)^title: 2024年度", "title: 2025年度")
                .replaceAll("(?m)^(    (?:start|end): )2024-", "$12025-")
                .replace("limit: 3", "limit: 2").replace("fixWindows: [PT48H, PT24H]", "fixWindows: [PT72H]");
        Matcher fee = Pattern.compile("(?m)^(    (?:SENIOR_FULL|SENIOR_DEPUTY|INTERMEDIATE|ASSISTANT|JUNIOR): )(\\d+)$")
                .matcher(copy);
        StringBuilder out = new StringBuilder();
        while (fee.find()) {
            fee.appendReplacement(out, fee.group(1) + (Integer.parseInt(fee.group(2)) + 100));
        }
        fee.appendTail(out);
        return out.toString();
    }

    /** What the designer deploys from the Modeler: the notice's process, and the fee and defense tables extended. */
    void deployModels() {
        deployments.add(deployModels(repositoryService));
    }

    static String deployModels(RepositoryService repositoryService) {
        String bpmn = read("processes/notices/" + SEED + ".bpmn").replace("id=\"" + SEED + "\"", "id=\"" + NEXT + "\"");
        String fee = read("processes/decisions/fee.dmn");
        Matcher rules = Pattern.compile("(?s)<rule id=\"fee_rule_five_series[^\"]*\">.*?</rule>").matcher(fee);
        StringBuilder added = new StringBuilder();
        while (rules.find()) {
            added.append(rules.group().replace("fee_rule_five_series", "fee_rule_2025_five_series")
                    .replace("\"" + SEED + "\"", "\"" + NEXT + "\"")
                    .replaceAll("(?s)(<outputEntry[^>]*>\\s*<text>)(\\d+)(</text>)", "$1__FEE$2__$3"))
                    .append('\n');
        }
        Matcher plus = Pattern.compile("__FEE(\\d+)__").matcher(added.toString());
        StringBuilder fees = new StringBuilder();
        while (plus.find()) {
            plus.appendReplacement(fees, String.valueOf(Integer.parseInt(plus.group(1)) + 100));
        }
        plus.appendTail(fees);
        fee = fee.replace("</decisionTable>", fees + "</decisionTable>");
        String defense = read("processes/decisions/defense-required.dmn")
                .replace("<text>\"" + SEED + "\"</text>", "<text>\"" + SEED + "\",\"" + NEXT + "\"</text>");
        return repositoryService.createDeployment().name("Modeler " + NEXT)
                .addString(NEXT + ".bpmn", bpmn).addString("fee.dmn", fee).addString("defense-required.dmn", defense)
                .deploy().getId();
    }

    private void serveLikeTheSeed() {
        jdbc.update("insert into committee_notice (committee_code, notice_id) select committee_code, ? from committee_notice "
                + "where notice_id = ?", NEXT, SEED);
        jdbc.update("insert into hr_bureau_notice (bureau_code, notice_id) select bureau_code, ? from hr_bureau_notice "
                + "where notice_id = ?", NEXT, SEED);
        jdbc.update("update directory_version set token = ? where id = 1", UUID.randomUUID().toString());
    }

    static String read(String path) {
        try {
            return Files.readString(Path.of(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Instant beijing(String local) {
        return BeijingTime.instant(LocalDateTime.parse(local));
    }
}
