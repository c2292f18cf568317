package cn.xj.titlereview.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;

import cn.xj.titlereview.support.EngineRest;
import cn.xj.titlereview.support.DemoUsers;

/**
 * What the running product promises on every database: run by {@link PlatformH2Test} on H2 and by
 * {@link PlatformMariaDbIT} on the MySQL-family server with the production profile.
 */
abstract class PlatformContract {

    static final String DEMO_PASSWORD = DemoUsers.PASSWORD;

    @Autowired
    TestRestTemplate rest;
    @Autowired
    IdentityService identityService;
    @Autowired
    ManagementService managementService;
    @Autowired
    DataSource dataSource;
    @Autowired
    Scheduler scheduler;
    @Autowired
    Flyway flyway;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    FilterService filterService;

    @Test
    void engineRestRefusesCallsWithoutLogin() {
        ResponseEntity<String> response = rest.getForEntity("/engine-rest/task/count", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void engineRestRefusesWrongPassword() {
        // a user of its own: failed logins delay the next attempts of that user
        User user = identityService.newUser("wrongpw" + System.nanoTime() % 100000);
        user.setPassword("Rightful#2024pw");
        identityService.saveUser(user);
        ResponseEntity<String> response = EngineRest.get(rest, user.getId(), "Wrongful#2024pw", "/engine-rest/task/count", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        identityService.deleteUser(user.getId());
    }

    @Test
    void engineRestServesADemoUnitReviewer() {
        ResponseEntity<Map> response = EngineRest.get(rest, "dwxj01", DEMO_PASSWORD, "/engine-rest/task/count", Map.class);
        assertThat(response.getStatusCode()).as(response.toString()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).containsKey("count");
    }

    @Test
    void onlyDesignersDeployModels() {
        String model = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="definitions_deploy_check"
                    targetNamespace="https://titlereview.xj.cn/bpmn/test">
                  <bpmn:process id="deploy-check" name="部署权限检查" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="start" />
                  </bpmn:process>
                </bpmn:definitions>
                """;
        ResponseEntity<Map> reviewer = deploy("dwxj01", model);
        ResponseEntity<Map> designer = deploy("sjxj01", model);

        assertThat(reviewer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(designer.getStatusCode()).isEqualTo(HttpStatus.OK);
        repositoryService.deleteDeployment((String) designer.getBody().get("id"), true);
    }

    private ResponseEntity<Map> deploy(String user, String bpmn) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("deployment-name", "deploy-check");
        form.add("data", new ByteArrayResource(bpmn.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "deploy-check.bpmn";
            }
        });
        HttpHeaders headers = EngineRest.headers(user, DEMO_PASSWORD);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.exchange("/engine-rest/deployment/create", HttpMethod.POST, new HttpEntity<>(form, headers), Map.class);
    }

    @Test
    void onlyTheAdministratorMovesTheSimulationClockOrReloadsTheCalendar() {
        ResponseEntity<String> clock = EngineRest.post(rest, "pwaks01", DEMO_PASSWORD, "/api/simulation/clock",
                Map.of("advance", "PT1H"), String.class);
        ResponseEntity<String> reload = EngineRest.post(rest, "jdxj01", DEMO_PASSWORD, "/api/admin/calendar/reload",
                Map.of(), String.class);

        assertThat(clock.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(clock.getBody()).contains("仅系统管理员");
        assertThat(reload.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void healthIsUpWithoutLogin() {
        ResponseEntity<String> response = rest.getForEntity("/actuator/health", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains("UP");
    }

    @Test
    void demoUsersExistForEveryRole() {
        assertThat(identityService.createUserQuery().memberOfGroup("applicant").count()).isGreaterThanOrEqualTo(5);
        assertThat(identityService.createUserQuery().memberOfGroup("unit650100001").singleResult().getId())
                .isEqualTo("dwxj01");
        assertThat(identityService.createUserQuery().memberOfGroup("competent652901").count()).isEqualTo(1);
        assertThat(identityService.createUserQuery().memberOfGroup("committee652901").count()).isEqualTo(1);
        assertThat(identityService.createUserQuery().memberOfGroup("hrb652827").count()).isEqualTo(1);
        assertThat(identityService.createUserQuery().memberOfGroup("supervisor").count()).isEqualTo(1);
        assertThat(identityService.createUserQuery().memberOfGroup("designer").count()).isEqualTo(1);
        for (String committee : new String[] {"650101", "650201", "652901", "650501"}) {
            assertThat(identityService.createUserQuery().memberOfGroup("expert" + committee).count())
                    .as("experts of committee %s", committee).isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void demoUsersLogInWithTheDocumentedPasswords() {
        assertThat(identityService.checkPassword("admin", DemoUsers.ADMIN_PASSWORD)).isTrue();
        assertThat(identityService.createUserQuery().memberOfGroup("camunda-admin").userId("admin").count())
                .isEqualTo(1);
        assertThat(identityService.checkPassword("zjaks03", DEMO_PASSWORD)).isTrue();
        assertThat(identityService.checkPassword("zjaks03", "Demo@2025!")).isFalse();
    }

    @Test
    void chineseNamesSurviveTheDatabase() {
        assertThat(identityService.createGroupQuery().groupId("hrb650000").singleResult().getName())
                .isEqualTo("新疆维吾尔自治区人力资源和社会保障厅");
        assertThat(identityService.createUserQuery().userId("sbaks01").singleResult().getFirstName())
                .isEqualTo("阿不都热合曼");
    }

    @Test
    void passwordPolicyRefusesAPasswordWithTheUserId() {
        User user = identityService.newUser("policycheck" + System.nanoTime() % 100000);
        user.setFirstName("测试");
        user.setLastName("用户");
        user.setPassword(user.getId() + "Aa#1");
        assertThatThrownBy(() -> identityService.saveUser(user)).hasMessageContaining("policy");
        assertThat(identityService.createUserQuery().userId(user.getId()).count()).isZero();
    }

    @Test
    void passwordPolicyRefusesAShortPassword() {
        User user = identityService.newUser("shortpw" + System.nanoTime() % 100000);
        user.setPassword("Ab#1");
        assertThatThrownBy(() -> identityService.saveUser(user)).hasMessageContaining("policy");
    }

    @Test
    void flywayOwnsTheQuartzTablesAndQuartzIsClustered() throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("select count(*) from QRTZ_LOCKS", Integer.class)).isNotNull();
        assertThat(flyway.info().applied())
                .filteredOn(migration -> migration.getScript().contains("quartz_tables"))
                .singleElement().satisfies(migration -> assertThat(migration.getState().isApplied()).isTrue());
        assertThat(scheduler.getMetaData().isJobStoreClustered()).isTrue();
        assertThat(scheduler.getMetaData().isJobStoreSupportsPersistence()).isTrue();
    }

    @Test
    void camundaTablesAreCreatedInTheProductDatabase() {
        assertThat(managementService.getTableCount()).containsKeys("ACT_RU_TASK", "ACT_HI_PROCINST", "ACT_ID_USER");
        assertThat(managementService.getTableCount().get("ACT_ID_USER")).isGreaterThanOrEqualTo(44L);
    }

    @Test
    void camundaWebappsAreServedWithTheLoginPage() {
        ResponseEntity<String> response = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains("<html");
    }

    @Test
    void failedLoginsThroughEngineRestAreDelayedButNeverLockTheUserForGood() {
        Instant start = Instant.parse("2030-03-02T02:00:00Z");
        ClockUtil.setCurrentTime(Date.from(start));
        String userId = "lockcheck" + System.nanoTime() % 100000;
        String password = "Rightful#2024pw";
        try {
            User user = identityService.newUser(userId);
            user.setPassword(password);
            identityService.saveUser(user);

            assertThat(taskCount(userId, "Wrongful#2024pw")).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(taskCount(userId, password)).as("right password during the delay").isEqualTo(HttpStatus.UNAUTHORIZED);
            ClockUtil.setCurrentTime(Date.from(start.plusSeconds(61)));
            assertThat(taskCount(userId, password)).as("right password after the delay").isEqualTo(HttpStatus.OK);

            Instant now = start.plusSeconds(120);
            for (int attempt = 0; attempt < 10; attempt++) {
                now = now.plus(Duration.ofMinutes(2));
                ClockUtil.setCurrentTime(Date.from(now));
                assertThat(taskCount(userId, "Wrongful#2024pw")).isEqualTo(HttpStatus.UNAUTHORIZED);
            }
            // the delay doubles up to 15 minutes and no lock is for good
            ClockUtil.setCurrentTime(Date.from(now.plus(Duration.ofMinutes(15))));
            assertThat(taskCount(userId, password)).as("right password after the capped delay").isEqualTo(HttpStatus.OK);
        } finally {
            ClockUtil.reset();
            identityService.deleteUser(userId);
        }
    }

    private HttpStatus taskCount(String user, String password) {
        return HttpStatus.valueOf(EngineRest.get(rest, user, password, "/engine-rest/task/count", String.class)
                .getStatusCode().value());
    }

    @Test
    void aTaskQueryWithAnExpressionIsRefused() {
        URI byExpression = URI.create("/engine-rest/task?assigneeExpression=%24%7BcurrentUser()%7D&maxResults=10");
        ResponseEntity<String> get = rest.exchange(byExpression, HttpMethod.GET,
                new HttpEntity<>(EngineRest.headers("dwxj01", DEMO_PASSWORD)), String.class);
        ResponseEntity<String> post = EngineRest.post(rest, "dwxj01", DEMO_PASSWORD, "/engine-rest/task?maxResults=10",
                Map.of("candidateGroupExpression", "${currentUserGroups()}"), String.class);

        assertThat(get.getStatusCode()).as(get.getBody()).isIn(HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN);
        assertThat(get.getBody()).contains("xpression");
        assertThat(post.getStatusCode()).as(post.getBody()).isIn(HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN);
    }

    /**
     * Camunda evaluates an expression inside {@code orQueries} although ad-hoc expressions are switched off;
     * the product refuses it before the engine sees it, also in the query that extends a shared filter.
     */
    @Test
    void anOrQueryOrAFilterQueryCarryingAnExpressionIsRefused() {
        Map<String, Object> or = Map.of("orQueries", List.of(Map.of("assigneeExpression", "${currentUser()}")));
        String sharedFilter = filterService.createFilterQuery().filterName("全部任务").singleResult().getId();

        for (String path : List.of("/engine-rest/task?maxResults=10", "/engine-rest/task/count",
                "/engine-rest/filter/" + sharedFilter + "/list?maxResults=10")) {
            for (String user : List.of("dwxj01", "admin")) {
                ResponseEntity<JsonNode> refused = EngineRest.post(rest, user,
                        "admin".equals(user) ? DemoUsers.ADMIN_PASSWORD : DEMO_PASSWORD, path, or, JsonNode.class);
                assertThat(refused.getStatusCode()).as(path + " " + user).isEqualTo(HttpStatus.BAD_REQUEST);
                assertThat(refused.getBody().path("message").asText()).startsWith("查询中不允许使用表达式");
                assertThat(refused.getBody().path("errors").findValuesAsText("field"))
                        .containsExactly("orQueries[0].assigneeExpression");
            }
        }
        // Tasklist's own engine API: refused before its login and CSRF checks are even reached
        ResponseEntity<JsonNode> webapp = rest.postForEntity("/camunda/api/engine/engine/default/task", or, JsonNode.class);
        assertThat(webapp.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(webapp.getBody().path("message").asText()).startsWith("查询中不允许使用表达式");
        // the same queries without an expression are served: the body reaches the engine intact
        ResponseEntity<List> plain = EngineRest.post(rest, "dwxj01", DEMO_PASSWORD, "/engine-rest/task?maxResults=10",
                Map.of("orQueries", List.of(Map.of("assignee", "dwxj01"))), List.class);
        assertThat(plain.getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<List> filtered = EngineRest.post(rest, "dwxj01", DEMO_PASSWORD,
                "/engine-rest/filter/" + sharedFilter + "/list?maxResults=10", Map.of("nameLike", "%审核%"), List.class);
        assertThat(filtered.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    /** Stored filters carry no expressions at all: refused for a reviewer (no right to create) and an administrator. */
    @Test
    void noFilterIsStoredWithAnExpression() {
        Map<String, Object> filter = Map.of("resourceType", "Task", "name", "表达式过滤器" + System.nanoTime() % 100000,
                "query", Map.of("candidateGroupExpression", "${currentUserGroups()}"), "properties", Map.of());
        long before = filterService.createFilterQuery().count();

        ResponseEntity<String> reviewer = EngineRest.post(rest, "dwxj01", DEMO_PASSWORD, "/engine-rest/filter/create",
                filter, String.class);
        ResponseEntity<String> admin = EngineRest.post(rest, "admin", DemoUsers.ADMIN_PASSWORD, "/engine-rest/filter/create",
                filter, String.class);

        assertThat(reviewer.getStatusCode()).as(reviewer.getBody()).isIn(HttpStatus.FORBIDDEN, HttpStatus.BAD_REQUEST);
        assertThat(admin.getStatusCode()).as(admin.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(admin.getBody()).contains("Expressions are forbidden in stored queries");
        assertThat(filterService.createFilterQuery().count()).isEqualTo(before);
    }

    @Test
    void anUnboundedQueryIsRefusedAndAPagedOneServed() {
        ResponseEntity<String> unbounded = EngineRest.get(rest, "dwxj01", DEMO_PASSWORD, "/engine-rest/task", String.class);
        ResponseEntity<String> tooLarge = EngineRest.get(rest, "dwxj01", DEMO_PASSWORD,
                "/engine-rest/task?firstResult=0&maxResults=2001", String.class);
        ResponseEntity<List> paged = EngineRest.get(rest, "dwxj01", DEMO_PASSWORD,
                "/engine-rest/task?firstResult=0&maxResults=2000", List.class);

        assertThat(unbounded.getStatusCode()).as(unbounded.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unbounded.getBody()).contains("unbound");
        assertThat(tooLarge.getStatusCode()).as(tooLarge.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(paged.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    /** A weak password through engine REST is a 400 with the policy in Chinese, rule by rule (Camunda: 500). */
    @Test
    void theAdminRestRefusesAWeakPasswordWithThePolicyInChinese() {
        String userId = "weakpw" + System.nanoTime() % 100000;
        Map<String, Object> body = Map.of(
                "profile", Map.of("id", userId, "firstName", "测试", "lastName", "用户", "email", userId + "@titlereview.local"),
                "credentials", Map.of("password", "abc123"));

        ResponseEntity<JsonNode> response = EngineRest.post(rest, "admin", DemoUsers.ADMIN_PASSWORD, "/engine-rest/user/create",
                body, JsonNode.class);

        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().path("message").asText()).startsWith("密码不符合密码策略").contains("至少10个字符");
        assertThat(response.getBody().path("errors").findValuesAsText("field")).containsOnly("password");
        assertThat(response.getBody().path("errors").findValuesAsText("rule"))
                .containsExactlyInAnyOrder("长度", "小写字母", "大写字母", "数字", "特殊字符", "个人信息");
        assertThat(identityService.createUserQuery().userId(userId).count()).isZero();
    }

    /** Changing a password to one with the user's own id: the same 400; the old password still holds. */
    @Test
    void aPasswordChangeAgainstThePolicyIsRefusedWith400() {
        String userId = "changepw" + System.nanoTime() % 100000;
        User user = identityService.newUser(userId);
        user.setPassword("Rightful#2024pw");
        identityService.saveUser(user);
        try {
            ResponseEntity<JsonNode> response = rest.exchange("/engine-rest/user/" + userId + "/credentials",
                    HttpMethod.PUT, new HttpEntity<>(Map.of("password", userId + "Aa#1", "authenticatedUserPassword",
                            DemoUsers.ADMIN_PASSWORD), jsonHeaders("admin", DemoUsers.ADMIN_PASSWORD)), JsonNode.class);

            assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(response.getBody().path("message").asText()).contains("不得包含用户名、姓名或邮箱");
            assertThat(identityService.checkPassword(userId, "Rightful#2024pw")).isTrue();
        } finally {
            identityService.deleteUser(userId);
        }
    }

    /** Another plain ProcessEngineException (an id against the resource-id pattern) keeps Camunda's own answer. */
    @Test
    void otherEngineErrorsKeepCamundasAnswer() {
        ResponseEntity<JsonNode> invalidId = EngineRest.post(rest, "admin", DemoUsers.ADMIN_PASSWORD, "/engine-rest/user/create",
                Map.of("profile", Map.of("id", "bad-id", "firstName", "测试", "lastName", "用户"),
                        "credentials", Map.of("password", "Another#2024pw")), JsonNode.class);

        assertThat(invalidId.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(invalidId.getBody().path("type").asText()).isEqualTo("ProcessEngineException");
        assertThat(invalidId.getBody().path("message").asText()).contains("bad-id");
        assertThat(invalidId.getBody().has("errors")).isFalse();
        assertThat(identityService.createUserQuery().userId("bad-id").count()).isZero();
    }

    private static HttpHeaders jsonHeaders(String user, String password) {
        HttpHeaders headers = EngineRest.headers(user, password);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }
}
