package cn.xj.titlereview.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.zaxxer.hikari.HikariDataSource;

import cn.xj.titlereview.audit.AuditAction;
import cn.xj.titlereview.audit.AuditLog;
import cn.xj.titlereview.support.CampaignDriver;
import cn.xj.titlereview.support.CampaignRunner;
import cn.xj.titlereview.support.EngineRest;
import cn.xj.titlereview.support.DemoUsers;

/**
 * Every view of personal data and every decision on a review task is in the audit log, without the
 * personal data itself; only supervisors and administrators read the log, and nobody changes it.
 * Run on H2 by {@link PersonalDataAuditH2Test} and on the MySQL-family server by
 * {@link PersonalDataAuditMariaDbIT}.
 */
abstract class PersonalDataAuditContract {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    AuditLog auditLog;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    DataSource dataSource;
    @Autowired
    ProcessEngine engine;

    @AfterEach
    void backToRealTime() {
        ClockUtil.reset();
    }

    @Test
    void viewsOfPersonalDataAndReviewDecisionsAreAuditedWithoutThePersonalData() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2024-09-02T02:00:00Z")));
        Api api = new Api(rest);
        String idNumber = ApplicationFixtures.freshIdNumber();
        String no = DeclaredApplications.submitted(api, json, idNumber);

        assertThat(api.get(DeclaredApplications.APPLICANT, "/api/applications/" + no).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api.get("dwxj01", "/api/applications/" + no).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api.get("hrbxj01", "/api/applications/" + no + "/id-number").getBody().path("idNumber").asText())
                .isEqualTo(idNumber);
        new CampaignDriver(rest).returnForRevision("dwxj01", no, "unit_review", "请补充论文");

        List<JsonNode> events = events("jdxj01", no);
        assertThat(events).extracting(e -> e.path("action").asText() + " " + e.path("actor").asText())
                .containsExactly("VIEW_APPLICATION dwxj01", "VIEW_ID_NUMBER hrbxj01", "TASK_DECISION dwxj01");
        assertThat(events.get(2).path("detail").asText()).contains("unit_review").contains("RETURN");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.path("applicationNo").asText()).isEqualTo(no);
            assertThat(e.toString()).doesNotContain(idNumber).doesNotContain(idNumber.substring(6, 14))
                    .doesNotContain("张").doesNotContain("请补充论文");
        });
        assertThat(events).extracting(e -> e.path("id").asLong()).isSorted();
    }

    @Test
    void downloadsOfPagesByOthersAreAuditedAndTheApplicantsOwnAreNot() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2024-09-02T02:00:00Z")));
        Api api = new Api(rest);
        String no = DeclaredApplications.submitted(api, json, ApplicationFixtures.freshIdNumber());
        JsonNode first = api.get(DeclaredApplications.APPLICANT, "/api/applications/" + no + "/attachments").getBody().get(0);
        String page = "/api/attachments/" + first.path("id").asText();
        new CampaignRunner(rest, engine).runUntil(no, "expert_vote");   // experts read it once its meeting opens

        assertThat(api.download(DeclaredApplications.APPLICANT, page).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api.download("dwxj01", page).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api.download("zjxj01", page).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api.download("dwaks01", page).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        List<JsonNode> downloads = events("jdxj01", no).stream()
                .filter(e -> e.path("action").asText().equals("VIEW_ATTACHMENT")).toList();
        assertThat(downloads).extracting(e -> e.path("actor").asText()).containsExactly("dwxj01", "zjxj01");
        assertThat(downloads).allSatisfy(e -> assertThat(e.path("detail").asText())
                .contains(first.path("id").asText()).contains(first.path("category").asText())
                .doesNotContain(first.path("originalName").asText()));
    }

    /**
     * A view is written in the transaction that reads the data, on its connection: invisible to others
     * until that transaction commits, gone if it rolls back; a read-only transaction is refused at once.
     */
    @Test
    void aViewIsRecordedInTheReadingTransactionAndCommitsOrRollsBackWithIt() throws Exception {
        String committed = "auditok" + System.nanoTime() % 1_000_000;
        String rolledBack = "auditrb" + System.nanoTime() % 1_000_000;
        String readOnly = "auditro" + System.nanoTime() % 1_000_000;
        TransactionTemplate reading = new TransactionTemplate(transactionManager);

        long seenInside = reading.execute(status -> {
            auditLog.view(committed, AuditAction.VIEW_APPLICATION, "ZC2099-000001", "事务检查");
            return rowsSeenElsewhere(committed);
        });
        reading.executeWithoutResult(status -> {
            auditLog.view(rolledBack, AuditAction.VIEW_APPLICATION, "ZC2099-000001", "事务检查");
            status.setRollbackOnly();
        });
        TransactionTemplate readOnlyReading = new TransactionTemplate(transactionManager);
        readOnlyReading.setReadOnly(true);

        assertThat(seenInside).as("before the reading transaction commits").isZero();
        assertThat(rowsSeenElsewhere(committed)).as("after it commits").isEqualTo(1);
        assertThat(rowsSeenElsewhere(rolledBack)).as("after it rolls back").isZero();
        assertThatThrownBy(() -> readOnlyReading.executeWithoutResult(status ->
                auditLog.view(readOnly, AuditAction.VIEW_APPLICATION, "ZC2099-000001", "事务检查")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("只读");
        assertThat(rowsSeenElsewhere(readOnly)).isZero();
    }

    /**
     * Audited reads take one connection at a time: with every connection of the pool but one held
     * elsewhere, a reviewer still reads the application, its blind view, the ID number and a page,
     * each audited. (An audit row in a transaction of its own needs a second connection while the
     * reading one is held: a full pool then waits on itself until its timeout.)
     */
    @Test
    void auditedReadsNeedOneConnectionAtATime() throws Exception {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2024-09-02T02:00:00Z")));
        Api api = new Api(rest);
        String no = DeclaredApplications.submitted(api, json, ApplicationFixtures.freshIdNumber());
        String page = "/api/attachments/" + api.get(DeclaredApplications.APPLICANT, "/api/applications/" + no
                + "/attachments").getBody().get(0).path("id").asText();
        new CampaignRunner(rest, engine).runUntil(no, "expert_vote");   // experts read it once its meeting opens
        int before = events("jdxj01", no).size();
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        long timeout = pool.getConnectionTimeout();
        List<Connection> held = new ArrayList<>();
        List<Integer> statuses = new ArrayList<>();
        try {
            pool.getHikariConfigMXBean().setConnectionTimeout(3000);
            while (held.size() < pool.getMaximumPoolSize() - 1) {
                held.add(pool.getConnection());
            }
            statuses.add(api.get("dwxj01", "/api/applications/" + no).getStatusCode().value());
            statuses.add(api.get("zjxj01", "/api/applications/" + no + "/blind").getStatusCode().value());
            statuses.add(api.get("hrbxj01", "/api/applications/" + no + "/id-number").getStatusCode().value());
            statuses.add(api.download("zjxj01", page).getStatusCode().value());
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
            pool.getHikariConfigMXBean().setConnectionTimeout(timeout);
        }

        assertThat(held).hasSizeGreaterThan(1);
        assertThat(statuses).containsExactly(200, 200, 200, 200);
        List<JsonNode> events = events("jdxj01", no);
        assertThat(events.subList(before, events.size()))
                .extracting(e -> e.path("action").asText() + " " + e.path("actor").asText())
                .containsExactly("VIEW_APPLICATION dwxj01", "VIEW_BLIND_REVIEW zjxj01", "VIEW_ID_NUMBER hrbxj01",
                        "VIEW_ATTACHMENT zjxj01");
    }

    private long rowsSeenElsewhere(String actor) {
        // a connection of its own, outside the test's transaction
        try (Connection other = dataSource.getConnection();
             PreparedStatement query = other.prepareStatement("select count(*) from audit_event where actor = ?")) {
            query.setString(1, actor);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theAdministratorReadsTheLogAndOthersAreRefused() {
        ResponseEntity<JsonNode> admin = EngineRest.get(rest, "admin", DemoUsers.ADMIN_PASSWORD, "/api/audit?page=0", JsonNode.class);
        ResponseEntity<JsonNode> reviewer = new Api(rest).get("dwxj01", "/api/audit");
        ResponseEntity<JsonNode> applicant = new Api(rest).get(DeclaredApplications.APPLICANT, "/api/audit");
        ResponseEntity<String> anonymous = rest.getForEntity("/api/audit", String.class);

        assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(admin.getBody().path("size").asInt()).isEqualTo(50);
        assertThat(reviewer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(applicant.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theLogCannotBeChangedThroughTheApi() {
        for (HttpMethod method : List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE)) {
            ResponseEntity<String> response = rest.exchange("/api/audit", method,
                    new org.springframework.http.HttpEntity<>(EngineRest.headers("admin", DemoUsers.ADMIN_PASSWORD)), String.class);
            assertThat(response.getStatusCode().is2xxSuccessful()).as(method.name()).isFalse();
        }
    }

    private List<JsonNode> events(String user, String no) {
        ResponseEntity<JsonNode> page = new Api(rest).get(user, "/api/audit?applicationNo=" + no + "&page=0");
        assertThat(page.getStatusCode()).as(String.valueOf(page.getBody())).isEqualTo(HttpStatus.OK);
        List<JsonNode> events = new ArrayList<>();
        page.getBody().path("events").forEach(events::add);
        return events;
    }
}
