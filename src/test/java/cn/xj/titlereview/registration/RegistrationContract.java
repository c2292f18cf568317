package cn.xj.titlereview.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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

import cn.xj.titlereview.declaration.IdNumbersTest;
import cn.xj.titlereview.identity.RoleGroups;
import cn.xj.titlereview.support.EngineRest;

/**
 * 实名注册 and 找回密码 through the open API, on the product clock: codes read from the SMS outbox, the edges of
 * expiry (the second before and the second of five minutes), of tries (the fifth and the sixth), of the limits per
 * phone (the 59th and 60th second, the tenth and eleventh code of a Beijing day, the next day) and per address;
 * a second registration of one ID number refused like a wrong code with the Camunda user rolled back. Run on H2
 * ({@code RegistrationH2Test}) and MariaDB ({@code RegistrationMariaDbIT}).
 */
abstract class RegistrationContract {

    static final String PASSWORD = "Shenbao#2033ok";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    SmsGateway sms;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    cn.xj.titlereview.security.LoginThrottle throttle;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void registersThroughTheApiAndDeclaresUnderTheRegisteredIdentity() {
        at("2033-03-01T02:00:00Z");
        String phone = newPhone();
        String id = newIdNumber();
        ResponseEntity<JsonNode> sent = requestCode(phone, "REGISTER");
        assertThat(sent.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(sent.getBody().path("message").asText()).isEqualTo(RegistrationService.CODE_SENT);
        assertThat(sent.getBody().path("validForSeconds").asLong()).isEqualTo(300);
        long usersBefore = applicants();

        ResponseEntity<JsonNode> registered = register("古丽米拉", null, id, phone, code(phone), PASSWORD);
        assertThat(registered.getStatusCode()).as(String.valueOf(registered.getBody())).isEqualTo(HttpStatus.CREATED);
        String userId = registered.getBody().path("userId").asText();
        assertThat(userId).matches("sb[0-9]{8}");
        assertThat(registered.getBody().path("message").asText()).contains(userId);
        assertThat(applicants()).isEqualTo(usersBefore + 1);
        assertThat(identityService.createUserQuery().userId(userId).memberOfGroup(RoleGroups.APPLICANT).singleResult()
                .getFirstName()).isEqualTo("古丽米拉");
        // the SMS after the registration names the user id
        assertThat(outbox().to(phone).get(outbox().to(phone).size() - 1).text()).contains(userId);

        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM person WHERE user_id = ?", userId);
        assertThat(row.get("ID_TYPE")).isEqualTo("RESIDENT_ID_CARD");
        assertThat(row.get("PHONE")).isEqualTo(phone);
        assertThat((String) row.get("ID_NUMBER_CIPHER")).startsWith("v1:").doesNotContain(id.substring(6, 14));
        assertThat((String) row.get("ID_NUMBER_INDEX")).hasSize(64);
        assertThat(jdbc.queryForList("SELECT detail FROM audit_event WHERE action = 'REGISTER_ACCOUNT' AND actor = ?",
                String.class, userId)).containsExactly("实名注册申报人账号 " + userId + "（居民身份证）");

        ResponseEntity<JsonNode> account = EngineRest.get(rest, userId, PASSWORD, "/api/account", JsonNode.class);
        assertThat(account.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(account.getBody().path("registered").asBoolean()).isTrue();
        assertThat(account.getBody().path("name").asText()).isEqualTo("古丽米拉");
        assertThat(account.getBody().path("idTypeLabel").asText()).isEqualTo("居民身份证");
        assertThat(account.getBody().path("idNumberMasked").asText()).isEqualTo(id.substring(0, 6) + "********" + id.substring(14));
        // a demo applicant has no registration
        assertThat(EngineRest.get(rest, "sbxj01", cn.xj.titlereview.support.DemoUsers.PASSWORD, "/api/account",
                JsonNode.class).getBody().path("registered").asBoolean()).isFalse();
        // the open paths are open for POST only: the account needs a login
        assertThat(rest.getForEntity("/api/account", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.getForEntity("/api/registrations", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aSecondRegistrationOfTheSameIdNumberIsRefusedLikeAWrongCodeAndLeavesNoUser() {
        at("2033-03-02T02:00:00Z");
        String id = newIdNumber();
        String first = newPhone();
        requestCode(first, "REGISTER");
        assertThat(register("王建国", "居民身份证", id, first, code(first), PASSWORD).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);

        String second = newPhone();
        requestCode(second, "REGISTER");
        long usersBefore = identityService.createUserQuery().count();
        long peopleBefore = jdbc.queryForObject("SELECT COUNT(*) FROM person", Long.class);
        ResponseEntity<JsonNode> again = register("王建国", null, id.toLowerCase(), second, code(second), PASSWORD);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        // the Camunda user written before the person row's key refused it went back with the transaction
        assertThat(identityService.createUserQuery().count()).isEqualTo(usersBefore);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM person", Long.class)).isEqualTo(peopleBefore);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_ID_MEMBERSHIP m LEFT JOIN ACT_ID_USER u"
                + " ON u.ID_ = m.USER_ID_ WHERE u.ID_ IS NULL", Long.class)).as("no membership left behind").isZero();

        // exactly what a wrong code answers
        String third = newPhone();
        requestCode(third, "REGISTER");
        ResponseEntity<JsonNode> wrong = register("李明", null, newIdNumber(), third, otherThan(code(third)), PASSWORD);
        assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(again.getBody()).isEqualTo(wrong.getBody());
        assertThat(again.getBody().path("message").asText()).isEqualTo(RegistrationService.REFUSED);
        // nothing of the existing account in the answer
        assertThat(again.getBody().toString()).doesNotContain(first).doesNotContain("sb");

        // the same phone twice: refused the same way
        String fourth = newPhone();
        requestCode(fourth, "REGISTER");
        ResponseEntity<JsonNode> samePhone = register("王建国", null, newIdNumber(), first, code(first), PASSWORD);
        assertThat(samePhone.getBody()).isEqualTo(wrong.getBody());
    }

    @Test
    void aCodeHoldsFiveTriesTheFifthMayBeRightTheSixthNever() {
        at("2033-03-03T02:00:00Z");
        String phone = newPhone();
        requestCode(phone, "REGISTER");
        String code = code(phone);
        for (int i = 1; i <= 4; i++) {
            assertThat(register("赵敏", null, newIdNumber(), phone, otherThan(code), PASSWORD).getStatusCode())
                    .as("wrong try " + i).isEqualTo(HttpStatus.BAD_REQUEST);
        }
        assertThat(register("赵敏", null, newIdNumber(), phone, code, PASSWORD).getStatusCode()).as("the fifth try, right")
                .isEqualTo(HttpStatus.CREATED);

        at("2033-03-03T03:00:00Z");
        String other = newPhone();
        requestCode(other, "REGISTER");
        String otherCode = code(other);
        for (int i = 1; i <= 5; i++) {
            register("钱锋", null, newIdNumber(), other, otherThan(otherCode), PASSWORD);
        }
        ResponseEntity<JsonNode> sixth = register("钱锋", null, newIdNumber(), other, otherCode, PASSWORD);
        assertThat(sixth.getStatusCode()).as("the sixth try, right but too late").isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(sixth.getBody().path("message").asText()).isEqualTo(RegistrationService.REFUSED);
        assertThat(jdbc.queryForObject("SELECT tries FROM verification_code WHERE phone = ?", Integer.class, other))
                .isEqualTo(5);
        // a used code is spent
        assertThat(register("赵敏", null, newIdNumber(), phone, code, PASSWORD).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aCodeExpiresAfterFiveMinutesOnTheProductClock() {
        Instant issued = Instant.parse("2033-03-04T02:00:00Z");
        at(issued);
        String inTime = newPhone();
        String late = newPhone();
        requestCode(inTime, "REGISTER");
        requestCode(late, "REGISTER");
        at(issued.plusSeconds(299));
        assertThat(register("孙丽", null, newIdNumber(), inTime, code(inTime), PASSWORD).getStatusCode())
                .as("4 min 59 s").isEqualTo(HttpStatus.CREATED);
        at(issued.plusSeconds(300));
        ResponseEntity<JsonNode> expired = register("周强", null, newIdNumber(), late, code(late), PASSWORD);
        assertThat(expired.getStatusCode()).as("5 min").isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(expired.getBody().path("message").asText()).isEqualTo(RegistrationService.REFUSED);
    }

    @Test
    void aPhoneGetsOneCodeAMinuteAndTenABeijingDay() {
        // 2033-03-05 00:00 in Beijing
        Instant dayStart = Instant.parse("2033-03-04T16:00:00Z");
        String phone = newPhone();
        at(dayStart);
        assertThat(requestCode(phone, "REGISTER").getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        at(dayStart.plusSeconds(59));
        ResponseEntity<JsonNode> tooSoon = requestCode(phone, "RESET_PASSWORD");
        assertThat(tooSoon.getStatusCode()).as("59 s, another purpose").isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(tooSoon.getHeaders().getFirst("Retry-After")).isEqualTo("1");
        assertThat(tooSoon.getBody().path("message").asText()).isEqualTo("同一手机号码1分钟内只能获取一次验证码，请1秒后再试");
        assertThat(tooSoon.getBody().path("errors").get(0).path("field").asText()).isEqualTo("phone");
        for (int i = 1; i <= 9; i++) {
            at(dayStart.plusSeconds(60L * i));
            assertThat(requestCode(phone, "REGISTER").getStatusCode()).as("code " + (i + 1)).isEqualTo(HttpStatus.ACCEPTED);
        }
        Instant lastMinute = Instant.parse("2033-03-05T15:59:00Z");
        at(lastMinute);
        ResponseEntity<JsonNode> eleventh = requestCode(phone, "REGISTER");
        assertThat(eleventh.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(eleventh.getBody().path("message").asText()).isEqualTo("同一手机号码每天最多获取10次验证码，请明天再试");
        assertThat(eleventh.getHeaders().getFirst("Retry-After")).isEqualTo("60");
        at(lastMinute.plusSeconds(60));
        assertThat(requestCode(phone, "REGISTER").getStatusCode()).as("the next Beijing day").isEqualTo(HttpStatus.ACCEPTED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM verification_code WHERE phone = ?", Long.class, phone))
                .as("refused requests write nothing").isEqualTo(11);
    }

    @Test
    void oneAddressGetsThirtyCodesAnHour() {
        Instant start = Instant.parse("2033-03-06T02:00:00Z");
        for (int i = 0; i < 30; i++) {
            at(start.plusSeconds(60L * i));
            assertThat(requestCode(newPhone(), "REGISTER").getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        }
        at(start.plusSeconds(3599));
        ResponseEntity<JsonNode> held = requestCode(newPhone(), "REGISTER");
        assertThat(held.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(held.getBody().path("message").asText()).isEqualTo("本地址获取验证码过于频繁，请于2033-03-06 11:00（北京时间）后再试");
        at(start.plusSeconds(3600));
        assertThat(requestCode(newPhone(), "REGISTER").getStatusCode()).as("the first code an hour old")
                .isEqualTo(HttpStatus.ACCEPTED);
    }

    @Test
    void aCodeRequestAnswersTheSameForEveryPhone() {
        at("2033-03-07T02:00:00Z");
        String registered = registerSomeone();
        String stranger = newPhone();
        at("2033-03-07T03:00:00Z");
        ResponseEntity<JsonNode> known = requestCode(registered, "REGISTER");
        ResponseEntity<JsonNode> unknown = requestCode(stranger, "REGISTER");
        assertThat(known.getStatusCode()).isEqualTo(unknown.getStatusCode());
        assertThat(known.getBody()).isEqualTo(unknown.getBody());
        // the owner of a registered phone gets a note, no code
        String note = outbox().to(registered).get(outbox().to(registered).size() - 1).text();
        assertThat(note).contains("已注册").doesNotContainPattern("[0-9]{6}");

        ResponseEntity<JsonNode> resetKnown = requestCode(newPhone(), "RESET_PASSWORD");
        int before = outbox().to(stranger).size();
        at("2033-03-07T03:01:00Z");
        ResponseEntity<JsonNode> resetUnknown = requestCode(stranger, "RESET_PASSWORD");
        assertThat(resetUnknown.getBody()).isEqualTo(resetKnown.getBody());
        assertThat(outbox().to(stranger)).as("no reset code to a phone without an account").hasSize(before);

        ResponseEntity<JsonNode> bad = post("/api/verification-codes", Map.of("phone", "12345", "purpose", "LOGIN"));
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody().path("errors").findValuesAsText("field")).containsExactly("phone", "purpose");
    }

    @Test
    void aForgottenPasswordIsResetByACodeToThePhoneOnFile() {
        at("2033-03-08T02:00:00Z");
        String phone = newPhone();
        requestCode(phone, "REGISTER");
        String userId = register("吴磊", null, newIdNumber(), phone, code(phone), PASSWORD).getBody().path("userId").asText();

        at("2033-03-08T03:00:00Z");
        requestCode(phone, "RESET_PASSWORD");
        String code = code(phone);
        ResponseEntity<JsonNode> weak = post("/api/password-resets", Map.of("phone", phone, "code", code, "password", "short"));
        assertThat(weak.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(weak.getBody().path("errors").findValuesAsText("rule")).contains("长度", "大写字母");
        ResponseEntity<JsonNode> wrong = post("/api/password-resets",
                Map.of("phone", phone, "code", otherThan(code), "password", "Neues#Passwort1"));
        assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(wrong.getBody().path("message").asText()).isEqualTo(RegistrationService.RESET_REFUSED);

        ResponseEntity<JsonNode> reset = post("/api/password-resets",
                Map.of("phone", phone, "code", code, "password", "Neues#Passwort1"));
        assertThat(reset.getStatusCode()).as(String.valueOf(reset.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(reset.getBody().path("userId").asText()).isEqualTo(userId);
        assertThat(identityService.checkPassword(userId, "Neues#Passwort1")).isTrue();
        assertThat(jdbc.queryForList("SELECT actor FROM audit_event WHERE action = 'RESET_PASSWORD' AND actor = ?",
                String.class, userId)).hasSize(1);
        // the code is spent
        at("2033-03-08T03:01:00Z");
        assertThat(post("/api/password-resets", Map.of("phone", phone, "code", code, "password", "Anderes#Passwort2"))
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aPasswordAgainstThePolicyAfterARightCodeWritesNothingAndLeavesTheCodeUsable() {
        at("2033-03-09T02:00:00Z");
        String phone = newPhone();
        requestCode(phone, "REGISTER");
        long usersBefore = identityService.createUserQuery().count();
        // the name inside the password: only the check with the user finds it, after the code was accepted
        ResponseEntity<JsonNode> refused = register("Aliya", "护照", "E12345678", phone, code(phone), "Aliya#2033xyz");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().path("errors").findValuesAsText("rule")).containsExactly("个人信息");
        assertThat(identityService.createUserQuery().count()).isEqualTo(usersBefore);
        ResponseEntity<JsonNode> registered = register("Aliya", "护照", "E12345678", phone, code(phone), PASSWORD);
        assertThat(registered.getStatusCode()).as("the same code again").isEqualTo(HttpStatus.CREATED);
        assertThat(jdbc.queryForObject("SELECT id_type FROM person WHERE phone = ?", String.class, phone))
                .isEqualTo("PASSPORT");
    }

    @Test
    void everyFieldProblemOfARegistrationAtOnceWithoutTouchingTheCode() {
        at("2033-03-10T02:00:00Z");
        ResponseEntity<JsonNode> bad = register("", "驾驶证", "123", "1380000", "12ab", "short");
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody().path("message").asText()).isEqualTo("注册信息有误");
        assertThat(bad.getBody().path("errors").findValuesAsText("field"))
                .contains("name", "idType", "phone", "code", "password");
        ResponseEntity<JsonNode> wrongKind = register("陈红", "港澳台居民居住证", newIdNumber(), newPhone(), "123456", PASSWORD);
        assertThat(wrongKind.getBody().path("errors").get(0).path("message").asText())
                .isEqualTo("港澳台居民居住证号码的前6位应为810000（香港）、820000（澳门）或830000（台湾）");
    }

    @Test
    void refusedCodesCountAsFailedLoginsOfTheAddressAndAHeldBackAddressGets429() {
        // a quarter of an hour of its own: no other test's failures lie in its window
        at("2033-03-11T02:00:00Z");
        String phone = newPhone();
        requestCode(phone, "REGISTER");
        String code = code(phone);
        for (int i = 0; i < throttle.maxFailures(); i++) {
            assertThat(register("冯刚", null, newIdNumber(), phone, otherThan(code), PASSWORD).getStatusCode())
                    .isEqualTo(HttpStatus.BAD_REQUEST);
        }
        ResponseEntity<JsonNode> held = register("冯刚", null, newIdNumber(), phone, code, PASSWORD);
        assertThat(held.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(held.getBody().path("message").asText()).startsWith("本地址登录失败次数过多");
        assertThat(requestCode(newPhone(), "REGISTER").getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        at("2033-03-11T02:15:00Z");
        assertThat(requestCode(newPhone(), "REGISTER").getStatusCode()).as("the window over").isEqualTo(HttpStatus.ACCEPTED);
    }

    // --- helpers

    private String registerSomeone() {
        String phone = newPhone();
        requestCode(phone, "REGISTER");
        assertThat(register("郑洁", null, newIdNumber(), phone, code(phone), PASSWORD).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        return phone;
    }

    private long applicants() {
        return identityService.createUserQuery().memberOfGroup(RoleGroups.APPLICANT).count();
    }

    private SmsOutbox outbox() {
        return (SmsOutbox) sms;
    }

    private String code(String phone) {
        return outbox().lastCode(phone).orElseThrow();
    }

    static String otherThan(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }

    static String newPhone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    static String newIdNumber() {
        LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(12000));
        return IdNumbersTest.valid("650102", birth, ThreadLocalRandom.current().nextInt(1, 1000));
    }

    private ResponseEntity<JsonNode> requestCode(String phone, String purpose) {
        return post("/api/verification-codes", Map.of("phone", phone, "purpose", purpose));
    }

    private ResponseEntity<JsonNode> register(String name, String idType, String idNumber, String phone, String code,
                                              String password) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("name", name);
        if (idType != null) {
            body.put("idType", idType);
        }
        body.put("idNumber", idNumber);
        body.put("phone", phone);
        body.put("code", code);
        body.put("password", password);
        return post("/api/registrations", body);
    }

    private ResponseEntity<JsonNode> post(String path, Map<String, ?> body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    }

    private static void at(String instant) {
        at(Instant.parse(instant));
    }

    private static void at(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }
}
