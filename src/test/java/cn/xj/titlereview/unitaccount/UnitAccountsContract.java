package cn.xj.titlereview.unitaccount;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.xj.titlereview.directory.CreditCodes;
import cn.xj.titlereview.registration.SmsGateway;
import cn.xj.titlereview.registration.SmsOutbox;
import cn.xj.titlereview.support.DemoUsers;
import cn.xj.titlereview.support.EngineRest;

/**
 * 单位注册 through the open API, the competent department's decision through engine REST (what Tasklist sends),
 * and the contact's reviewers: a refused registration writes nothing; an approved one the unit, its group, the
 * contact's user (with the password given at the registration) and the contact marker; a refusal tells the
 * contact the reasons. Run on H2 ({@code UnitAccountsH2Test}) and MariaDB ({@code UnitAccountsMariaDbIT}).
 */
abstract class UnitAccountsContract {

    static final String PASSWORD = "Danwei#2035ok";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    SmsGateway sms;
    @Autowired
    IdentityService identityService;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;

    private final List<String> users = new java.util.ArrayList<>();
    private final List<String> units = new java.util.ArrayList<>();

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        for (String user : users) {
            jdbc.update("DELETE FROM unit_contact WHERE user_id = ?", user);
            if (identityService.createUserQuery().userId(user).count() > 0) {
                identityService.deleteUser(user);
            }
        }
        for (String unit : units) {
            jdbc.update("DELETE FROM unit_contact WHERE unit_code = ?", unit);
            jdbc.update("DELETE FROM employer_unit WHERE code = ?", unit);
            identityService.deleteGroup("unit" + unit);
        }
        if (!units.isEmpty()) {
            jdbc.update("UPDATE directory_version SET token = ? WHERE id = 1", java.util.UUID.randomUUID().toString());
        }
    }

    @Test
    void aUnitRegistersItsCompetentDepartmentApprovesAndItsContactAddsAndRemovesAReviewer() {
        at("2035-04-01T02:00:00Z");
        String credit = newCreditCode();
        String phone = newPhone();
        String contact = "dwlx" + suffix();
        users.add(contact);
        units.add(credit);
        assertThat(requestCode(phone).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);

        ResponseEntity<JsonNode> submitted = register(credit, "乌鲁木齐测试设计院", "650100", phone, code(phone), contact);
        assertThat(submitted.getStatusCode()).as(String.valueOf(submitted.getBody())).isEqualTo(HttpStatus.CREATED);
        assertThat(submitted.getBody().path("userId").asText()).isEqualTo(contact);
        assertThat(submitted.getBody().path("unitCode").asText()).isEqualTo(credit);
        // nothing is opened before the decision
        assertThat(identityService.createUserQuery().userId(contact).count()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM employer_unit WHERE credit_code = ?", Long.class, credit))
                .isZero();
        // no password in the clear, and a second registration of the credit code while it waits is refused
        assertThat(jdbc.queryForObject("SELECT password_hash FROM unit_registration WHERE credit_code = ?", String.class,
                credit)).isNotBlank().doesNotContain(PASSWORD);
        String phone2 = newPhone();
        requestCode(phone2);
        ResponseEntity<JsonNode> again = register(credit, "乌鲁木齐测试设计院", "650100", phone2, code(phone2), null);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(again)).contains("creditCode");

        // the competent department's group has the task; another competent department does not see it
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(credit).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo("unit_registration_review");
        assertThat(tasksOf("zgaks01", credit)).isEmpty();
        assertThat(tasksOf("zgxj01", credit)).hasSize(1);
        ResponseEntity<String> done = EngineRest.post(rest, "zgxj01", DemoUsers.PASSWORD,
                "/engine-rest/task/" + task.getId() + "/complete",
                Map.of("variables", Map.of("decision", Map.of("value", "APPROVE"))), String.class);
        assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(identityService.createUserQuery().userId(contact).memberOfGroup("unit" + credit).count()).isOne();
        assertThat(jdbc.queryForObject("SELECT name FROM employer_unit WHERE code = ?", String.class, credit))
                .isEqualTo("乌鲁木齐测试设计院");
        assertThat(jdbc.queryForObject("SELECT user_id FROM unit_contact WHERE unit_code = ?", String.class, credit))
                .isEqualTo(contact);
        assertThat(jdbc.queryForObject("SELECT status FROM unit_registration WHERE credit_code = ?", String.class, credit))
                .isEqualTo("APPROVED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM unit_registration WHERE credit_code = ? AND password_hash IS NULL",
                Long.class, credit)).isOne();
        assertThat(audit("REGISTER_UNIT", credit)).hasSize(2);
        assertThat(audit("CHANGE_DIRECTORY", credit)).hasSize(1);
        assertThat(((SmsOutbox) sms).to(phone).get(((SmsOutbox) sms).to(phone).size() - 1).text()).contains("审核通过");

        // the contact logs in with the password of the registration and manages the unit's reviewers
        assertThat(get(contact, PASSWORD, "/api/units/mine").getBody().path("unitCode").asText()).isEqualTo(credit);
        String reviewer = "dwsh" + suffix();
        users.add(reviewer);
        ResponseEntity<JsonNode> bad = post(contact, PASSWORD, "/api/units/" + credit + "/reviewers",
                Map.of("userId", "Ab", "name", "", "phone", "123", "password", "short"));
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(bad)).contains("userId", "name", "phone", "password");
        ResponseEntity<JsonNode> added = post(contact, PASSWORD, "/api/units/" + credit + "/reviewers",
                Map.of("userId", reviewer, "name", "阿依古丽", "phone", newPhone(), "password", PASSWORD));
        assertThat(added.getStatusCode()).as(String.valueOf(added.getBody())).isEqualTo(HttpStatus.CREATED);
        assertThat(identityService.createUserQuery().userId(reviewer).memberOfGroup("unit" + credit).count()).isOne();
        assertThat(identityService.createGroupQuery().groupMember(reviewer).count()).isOne();
        JsonNode list = get(contact, PASSWORD, "/api/units/" + credit + "/reviewers").getBody();
        assertThat(list.findValuesAsText("userId")).containsExactlyInAnyOrder(contact, reviewer);
        // only the unit's contact: not its reviewer, not another unit's office, not the contact for another unit
        assertThat(get(reviewer, PASSWORD, "/api/units/" + credit + "/reviewers").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("dwxj01", DemoUsers.PASSWORD, "/api/units/" + credit + "/reviewers").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post(contact, PASSWORD, "/api/units/650100001/reviewers",
                Map.of("userId", "dwsh" + suffix(), "name", "甲", "phone", newPhone(), "password", PASSWORD))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(delete(contact, PASSWORD, "/api/units/" + credit + "/reviewers/dwxj01").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(delete(contact, PASSWORD, "/api/units/" + credit + "/reviewers/" + contact).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);

        assertThat(delete(contact, PASSWORD, "/api/units/" + credit + "/reviewers/" + reviewer).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(identityService.createUserQuery().userId(reviewer).count()).isZero();
        assertThat(jdbc.queryForList("SELECT detail FROM audit_event WHERE action = 'CHANGE_UNIT_ACCOUNT' AND actor = ?",
                String.class, contact)).hasSize(2).anyMatch(d -> d.contains("添加审核人员 " + reviewer))
                .anyMatch(d -> d.contains("删除审核人员 " + reviewer));
    }

    @Test
    void aRefusalTellsTheContactWhyAndOpensNothing() {
        at("2035-04-02T02:00:00Z");
        String credit = newCreditCode();
        String phone = newPhone();
        requestCode(phone);
        ResponseEntity<JsonNode> submitted = register(credit, "哈密测试农业公司", "650501", phone, code(phone), null);
        assertThat(submitted.getStatusCode()).as(String.valueOf(submitted.getBody())).isEqualTo(HttpStatus.CREATED);
        String contact = submitted.getBody().path("userId").asText();
        users.add(contact);
        assertThat(contact).matches("dw[0-9]{8}");
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(credit).singleResult();

        // refusing without reasons is not taken
        ResponseEntity<String> noReason = EngineRest.post(rest, "zghm01", DemoUsers.PASSWORD,
                "/engine-rest/task/" + task.getId() + "/complete",
                Map.of("variables", Map.of("decision", Map.of("value", "REFUSE"))), String.class);
        assertThat(noReason.getStatusCode().is4xxClientError()).as(noReason.getBody()).isTrue();
        assertThat(noReason.getBody()).contains("须写明原因");

        ResponseEntity<String> refused = EngineRest.post(rest, "zghm01", DemoUsers.PASSWORD,
                "/engine-rest/task/" + task.getId() + "/complete",
                Map.of("variables", Map.of("decision", Map.of("value", "REFUSE"),
                        "comment", Map.of("value", "营业执照上的单位名称与所填不一致"))), String.class);
        assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(identityService.createUserQuery().userId(contact).count()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM employer_unit WHERE credit_code = ?", Long.class, credit))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT refusal_reasons FROM unit_registration WHERE credit_code = ?",
                String.class, credit)).isEqualTo("营业执照上的单位名称与所填不一致");
        List<SmsOutbox.Message> messages = ((SmsOutbox) sms).to(phone);
        assertThat(messages.get(messages.size() - 1).text()).contains("未通过", "营业执照上的单位名称与所填不一致");
        assertThat(jdbc.queryForObject("SELECT message FROM notification WHERE kind = 'UNIT_REGISTRATION_REFUSED' "
                + "AND source_id = ?", String.class, task.getProcessInstanceId())).contains("营业执照上的单位名称与所填不一致");
        // refused: the unit may register again
        String phone2 = newPhone();
        requestCode(phone2);
        ResponseEntity<JsonNode> again = register(credit, "哈密测试农业有限公司", "650501", phone2, code(phone2), null);
        assertThat(again.getStatusCode()).as(String.valueOf(again.getBody())).isEqualTo(HttpStatus.CREATED);
        users.add(again.getBody().path("userId").asText());
        Task second = taskService.createTaskQuery().processInstanceBusinessKey(credit).singleResult();
        taskService.complete(second.getId(), Map.of("decision", "REFUSE", "comment", "测试结束"));
    }

    @Test
    void badRegistrationsAreRefusedFieldByFieldAndWriteNothing() {
        at("2035-04-03T02:00:00Z");
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM unit_registration", Long.class);
        // a registered unit's credit code, an unknown competent department, a bad type, region and contact
        Map<String, Object> body = new HashMap<>(Map.of("creditCode", "126500004580000100", "name", "重复的单位",
                "type", "公司", "level", "REGION", "region", "990000", "competentDepartment", "999999",
                "contact", Map.of("name", "", "phone", "12", "code", "1", "password", "abc")));
        ResponseEntity<JsonNode> refused = post(null, null, "/api/unit-registrations", body);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(refused)).contains("creditCode", "type", "region", "competentDepartment", "contact.name",
                "contact.phone", "contact.code", "contact.password");
        assertThat(refused.getBody().path("errors").findValuesAsText("message"))
                .anyMatch(m -> m.contains("已登记")).anyMatch(m -> m.contains("主管部门 999999"));
        // a credit code whose check character is wrong
        String credit = newCreditCode();
        String wrong = credit.substring(0, 17) + (credit.charAt(17) == '0' ? '1' : '0');
        ResponseEntity<JsonNode> badCheck = register(wrong, "测试单位", "650100", newPhone(), "123456", null);
        assertThat(badCheck.getBody().path("errors").findValuesAsText("rule")).contains("校验码");
        // a wrong code: 400 on the code, nothing written
        String phone = newPhone();
        requestCode(phone);
        String code = code(phone);
        ResponseEntity<JsonNode> wrongCode = register(credit, "测试单位", "650100", phone,
                code.equals("000000") ? "111111" : "000000", null);
        assertThat(wrongCode.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(wrongCode)).containsExactly("contact.code");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM unit_registration", Long.class)).isEqualTo(before);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(credit).count()).isZero();
    }

    @Test
    void anApprovalTheDirectoryNoLongerTakesWritesNothingAndKeepsTheTask() {
        at("2035-04-04T02:00:00Z");
        String credit = newCreditCode();
        String phone = newPhone();
        requestCode(phone);
        ResponseEntity<JsonNode> submitted = register(credit, "昌吉测试公司", "650100", phone, code(phone), null);
        assertThat(submitted.getStatusCode()).as(String.valueOf(submitted.getBody())).isEqualTo(HttpStatus.CREATED);
        String contact = submitted.getBody().path("userId").asText();
        users.add(contact);
        // meanwhile the bureau adds the same unit to the directory
        String code = "T" + suffix();
        units.add(code);
        ResponseEntity<JsonNode> added = post("hrbxj01", DemoUsers.PASSWORD, "/api/directory/units", Map.of("code", code,
                "name", "昌吉测试公司", "creditCode", credit, "ownership", "PRIVATE", "level", "PREFECTURE",
                "regionCode", "650100", "competentCode", "650100"));
        assertThat(added.getStatusCode()).as(String.valueOf(added.getBody())).isEqualTo(HttpStatus.CREATED);

        Task task = taskService.createTaskQuery().processInstanceBusinessKey(credit).singleResult();
        ResponseEntity<String> approved = EngineRest.post(rest, "zgxj01", DemoUsers.PASSWORD,
                "/engine-rest/task/" + task.getId() + "/complete",
                Map.of("variables", Map.of("decision", Map.of("value", "APPROVE"))), String.class);
        assertThat(approved.getStatusCode()).as(approved.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(approved.getBody()).contains("无法开通单位账号", "已登记为单位 " + code);
        assertThat(identityService.createUserQuery().userId(contact).count()).isZero();
        assertThat(identityService.createGroupQuery().groupId("unit" + credit).count()).isZero();
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isOne();
        assertThat(jdbc.queryForObject("SELECT status FROM unit_registration WHERE credit_code = ?", String.class, credit))
                .isEqualTo("PENDING");
        // the competent department refuses it instead
        taskService.complete(task.getId(), Map.of("decision", "REFUSE", "comment", "该单位已由人社部门登记"));
    }

    @Test
    void theBureauAboveOpensTheFirstUsersOfCompetentDepartmentsCommitteeOfficesAndBureaus() {
        String competentUser = "tzg" + suffix();
        String committeeUser = "tpw" + suffix();
        String bureauUser = "thrb" + suffix();
        users.addAll(List.of(competentUser, committeeUser, bureauUser));
        Map<String, String> user = Map.of("userId", competentUser, "name", "测试主管", "phone", newPhone(),
                "password", PASSWORD);
        // another prefecture's bureau may not; the autonomous region's may
        assertThat(post("hrbaks01", DemoUsers.PASSWORD, "/api/directory/competent-departments/650100/users", user)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("hrbxj01", DemoUsers.PASSWORD, "/api/directory/competent-departments/650100/users", user)
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(identityService.createUserQuery().userId(competentUser).memberOfGroup("competent650100").count()).isOne();
        assertThat(post("hrbxj01", DemoUsers.PASSWORD, "/api/directory/committees/650101/users",
                Map.of("userId", committeeUser, "name", "测试办事员", "phone", newPhone(), "password", PASSWORD))
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(identityService.createUserQuery().userId(committeeUser).memberOfGroup("committee650101").count()).isOne();
        // a bureau's users by the bureau above it, never by itself
        Map<String, String> bureau = Map.of("userId", bureauUser, "name", "测试人社", "phone", newPhone(),
                "password", PASSWORD);
        assertThat(post("hrbaks01", DemoUsers.PASSWORD, "/api/directory/bureaus/652900/users", bureau).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("hrbxj01", DemoUsers.PASSWORD, "/api/directory/bureaus/652900/users", bureau).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(identityService.createGroupQuery().groupMember(bureauUser).list())
                .extracting(org.camunda.bpm.engine.identity.Group::getId).containsExactly("hrb652900");
        assertThat(post("hrbxj01", DemoUsers.PASSWORD, "/api/directory/things/1/users", bureau).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(jdbc.queryForList("SELECT detail FROM audit_event WHERE action = 'CHANGE_UNIT_ACCOUNT' AND actor = ?",
                String.class, "hrbxj01")).anyMatch(d -> d.contains("开通账号 " + bureauUser));
    }

    // --- helpers

    private ResponseEntity<JsonNode> register(String credit, String name, String competent, String phone, String code,
                                              String userId) {
        Map<String, Object> contact = new HashMap<>(Map.of("name", "热依汗", "phone", phone, "code", code,
                "password", PASSWORD));
        if (userId != null) {
            contact.put("userId", userId);
        }
        Map<String, Object> body = new HashMap<>(Map.of("creditCode", credit, "name", name, "type", "PRIVATE",
                "level", "PREFECTURE", "region", competent.startsWith("6505") ? "650500" : "650100",
                "competentDepartment", competent, "contact", contact));
        return post(null, null, "/api/unit-registrations", body);
    }

    private ResponseEntity<JsonNode> requestCode(String phone) {
        return post(null, null, "/api/verification-codes", Map.of("phone", phone, "purpose", "UNIT_REGISTER"));
    }

    private String code(String phone) {
        return ((SmsOutbox) sms).lastCode(phone).orElseThrow();
    }

    private List<JsonNode> tasksOf(String user, String businessKey) {
        ResponseEntity<JsonNode> tasks = EngineRest.get(rest, user, DemoUsers.PASSWORD,
                "/engine-rest/task?maxResults=50&processInstanceBusinessKey=" + businessKey, JsonNode.class);
        List<JsonNode> list = new java.util.ArrayList<>();
        tasks.getBody().forEach(list::add);
        return list;
    }

    private List<String> audit(String action, String text) {
        return jdbc.queryForList("SELECT detail FROM audit_event WHERE action = ? AND detail LIKE ?", String.class,
                action, "%" + text + "%");
    }

    private static List<String> fields(ResponseEntity<JsonNode> response) {
        return response.getBody().path("errors").findValuesAsText("field");
    }

    private ResponseEntity<JsonNode> get(String user, String password, String path) {
        return EngineRest.get(rest, user, password, path, JsonNode.class);
    }

    private ResponseEntity<JsonNode> post(String user, String password, String path, Object body) {
        HttpHeaders headers = user == null ? new HttpHeaders() : EngineRest.headers(user, password);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    }

    private ResponseEntity<JsonNode> delete(String user, String password, String path) {
        return rest.exchange(path, HttpMethod.DELETE, new HttpEntity<>(EngineRest.headers(user, password)), JsonNode.class);
    }

    static String newCreditCode() {
        StringBuilder b = new StringBuilder("91650100");
        for (int i = 0; i < 9; i++) {
            b.append(CreditCodes.ALPHABET.charAt(ThreadLocalRandom.current().nextInt(CreditCodes.ALPHABET.length())));
        }
        return b.append(CreditCodes.checkCharacter(b.toString())).toString();
    }

    static String newPhone() {
        return "136" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private static String suffix() {
        return String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    }

    private static void at(String instant) {
        ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
    }
}
