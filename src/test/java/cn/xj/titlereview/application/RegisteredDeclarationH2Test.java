package cn.xj.titlereview.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import cn.xj.titlereview.declaration.ApplicationForm;
import cn.xj.titlereview.registration.Registrations;
import cn.xj.titlereview.registration.SmsGateway;
import cn.xj.titlereview.support.DemoUsers;
import cn.xj.titlereview.support.H2IntegrationTest;

/**
 * A registered applicant declares under the registration's name and document (实名); the kinds without a birth
 * date in the number declare it; a ban recorded by passport number carries the passport holder's blind index.
 */
@H2IntegrationTest
class RegisteredDeclarationH2Test {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    SmsGateway sms;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
        ClockUtil.reset();
        ApplicationFixtures.deployTestNotice(repositoryService);
    }

    @Test
    void theNameAndIdNumberOfADeclarationComeFromTheAccount() {
        String id = ApplicationFixtures.freshIdNumber();
        String user = Registrations.register(rest, sms, "马晓燕", null, id, DemoUsers.PASSWORD);

        // another name or number than the registration's: refused, each field named
        ApplicationForm foreign = ApplicationApiH2Test.withId(ApplicationFixtures.complete(id), ApplicationFixtures.freshIdNumber());
        ResponseEntity<JsonNode> refused = api.create(user, foreign);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().path("errors").findValuesAsText("field")).containsExactly("name", "idNumber");
        assertThat(refused.getBody().path("errors").findValuesAsText("rule")).containsOnly("实名");

        // left out: taken from the account
        ApplicationForm blank = ApplicationFixtures.complete(id).withIdentity(null, null, null);
        ResponseEntity<JsonNode> created = api.create(user, blank);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        String no = created.getBody().path("applicationNo").asText();
        JsonNode form = api.get(user, "/api/applications/" + no).getBody().path("form");
        assertThat(form.path("name").asText()).isEqualTo("马晓燕");
        assertThat(form.path("idType").asText()).isEqualTo("RESIDENT_ID_CARD");
        assertThat(form.path("idNumber").asText()).isEqualTo(id.substring(0, 6) + "********" + id.substring(14));
        assertThat(api.get(user, "/api/applications/" + no + "/id-number").getBody().path("idNumber").asText())
                .isEqualTo(id);

        // sent back as read (the number masked): accepted
        ResponseEntity<JsonNode> again = api.put(user, "/api/applications/" + no, api.get(user, "/api/applications/" + no)
                .getBody().path("form"));
        assertThat(again.getStatusCode()).as(String.valueOf(again.getBody())).isEqualTo(HttpStatus.OK);

        // a demo applicant without a registration declares name and number on the form, as before
        assertThat(api.create(ApplicationApiH2Test.APPLICANT, ApplicationFixtures.complete(ApplicationFixtures.freshIdNumber()))
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void aPassportHolderDeclaresTheBirthDateAndABanByPassportFindsThePassportHolder() {
        String passport = "E" + String.format("%08d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000_000));
        String user = Registrations.register(rest, sms, "Aziz Karimov", "PASSPORT", passport, DemoUsers.PASSWORD);

        String no = api.create(user, ApplicationFixtures.complete(null).withIdentity(null, null, null))
                .getBody().path("applicationNo").asText();
        JsonNode check = api.get(user, "/api/applications/" + no + "/eligibility").getBody();
        assertThat(problem(check, "birthDate")).isEqualTo("请填写出生日期（所填证件号码不含出生日期）");

        JsonNode form = api.get(user, "/api/applications/" + no).getBody().path("form");
        assertThat(form.path("idType").asText()).isEqualTo("PASSPORT");
        assertThat(form.path("idNumber").asText()).isEqualTo("E*****" + passport.substring(6));
        ((com.fasterxml.jackson.databind.node.ObjectNode) form).put("birthDate", LocalDate.now().minusYears(15).toString());
        ResponseEntity<JsonNode> tooYoung = api.put(user, "/api/applications/" + no, form);
        assertThat(tooYoung.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooYoung.getBody().path("errors").get(0).path("message").asText())
                .isEqualTo("按出生日期计算的年龄应在16至70岁之间");
        ((com.fasterxml.jackson.databind.node.ObjectNode) form).put("birthDate", "1985-03-12");
        assertThat(api.put(user, "/api/applications/" + no, form).getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode view = api.get(user, "/api/applications/" + no).getBody();
        assertThat(view.path("birthDate").asText()).isEqualTo("1985-03-12");
        assertThat(problem(api.get(user, "/api/applications/" + no + "/eligibility").getBody(), "birthDate")).isNull();

        ResponseEntity<JsonNode> ban = rest.exchange("/api/admin/bans", org.springframework.http.HttpMethod.POST,
                new org.springframework.http.HttpEntity<>(Map.of("idType", "护照", "idNumber", passport.toLowerCase(),
                        "startsOn", LocalDate.now().minusDays(1).toString(), "endsOn", LocalDate.now().plusYears(2).toString(),
                        "blacklisted", false, "reason", "提供虚假业绩材料", "documentNo", "新人社函〔2033〕1号"),
                        adminHeaders()), JsonNode.class);
        assertThat(ban.getStatusCode()).as(String.valueOf(ban.getBody())).isEqualTo(HttpStatus.CREATED);
        assertThat(ban.getBody().path("idNumberMasked").asText()).isEqualTo("E*****" + passport.substring(6));
        // the pre-check finds bans by the blind index of the application (the test notice has no rules to run)
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM applicant_ban b JOIN application a"
                + " ON a.id_number_index = b.id_number_index WHERE a.application_no = ? AND a.id_type = 'PASSPORT'",
                Long.class, no)).isEqualTo(1);
    }

    private static org.springframework.http.HttpHeaders adminHeaders() {
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.setBasicAuth("admin", DemoUsers.ADMIN_PASSWORD);
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        return headers;
    }

    private static String problem(JsonNode report, String field) {
        for (JsonNode p : report.path("problems")) {
            if (field.equals(p.path("field").asText())) {
                return p.path("message").asText();
            }
        }
        return null;
    }
}
