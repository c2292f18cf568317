package cn.xj.titlereview.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.xj.titlereview.schedule.ScheduleRegistrar;
import cn.xj.titlereview.support.DemoUsers;
import cn.xj.titlereview.support.EngineRest;
import cn.xj.titlereview.support.MariaDbIntegrationTest;
import cn.xj.titlereview.support.MariaDbTestDatabase;
import cn.xj.titlereview.support.ProductProcess;

/**
 * Two nodes on one MariaDB schema: the test context (node A) and the packaged product in a process of its own
 * (node B, started before the publication). A notice published through node A is in node B's catalog at its
 * next read, without a restart: node B lists it with its version, and validating the same file on node B
 * finds it the current version, unchanged.
 */
@MariaDbIntegrationTest
class NoticePublishingTwoNodesMariaDbIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ScheduleRegistrar registrar;

    ProductProcess nodeB;
    final List<String> deployments = new ArrayList<>();

    @AfterEach
    void stopNodeBAndRemoveTheNotice() {
        if (nodeB != null) {
            nodeB.stop();
        }
        NoticePublishingContract.remove(repositoryService, jdbc, registrar, deployments);
        ClockUtil.reset();
    }

    @Test
    void aNoticePublishedOnOneNodeIsSeenByTheOtherWithoutARestart() throws Exception {
        // node B joins the cluster's database; its job executor and Quartz stay still (the test drives time)
        nodeB = ProductProcess.start("publishing-node-b",
                "--spring.profiles.active=mysql",
                "--spring.datasource.url=" + MariaDbTestDatabase.url(),
                "--spring.datasource.username=" + MariaDbTestDatabase.user(),
                "--spring.datasource.password=" + MariaDbTestDatabase.password(),
                "--titlereview.demo-data.enabled=false",
                "--spring.quartz.auto-startup=false",
                "--camunda.bpm.job-execution.enabled=false",
                "--titlereview.schedule.register-on-startup=false",
                "--titlereview.crypto.id-number-key=" + ProductProcess.ID_NUMBER_KEY,
                "--titlereview.attachments.dir=target/test-attachments",
                "--logging.level.root=WARN", "--logging.level.cn.xj.titlereview=INFO");
        TestRestTemplate b = nodeB.rest();
        String file = NoticePublishingContract.nextYear();
        assertThat(notices(b)).doesNotContain(NoticePublishingContract.NEXT + ":1");

        deployments.add(NoticePublishingContract.deployModels(repositoryService));
        ResponseEntity<JsonNode> published = EngineRest.post(rest, NoticePublishingContract.DESIGNER, DemoUsers.PASSWORD,
                "/api/admin/notices", Map.of("fileName", NoticePublishingContract.NEXT + ".yml", "content", file),
                JsonNode.class);
        assertThat(published.getStatusCode()).as(String.valueOf(published.getBody())).isEqualTo(HttpStatus.CREATED);

        assertThat(notices(b)).as("node B's catalog follows the publication token").contains(NoticePublishingContract.NEXT + ":1");
        JsonNode onB = EngineRest.post(b, NoticePublishingContract.DESIGNER, DemoUsers.PASSWORD, "/api/admin/notices/validate",
                Map.of("fileName", NoticePublishingContract.NEXT + ".yml", "content", file), JsonNode.class).getBody();
        assertThat(onB.path("valid").asBoolean()).as(onB.toString()).isTrue();
        assertThat(onB.path("currentVersion").asInt()).isEqualTo(1);
        assertThat(onB.path("changes")).isEmpty();
        assertThat(EngineRest.get(b, "sbxj01", DemoUsers.PASSWORD, "/api/notices/" + NoticePublishingContract.NEXT,
                String.class).getBody()).contains("2025-08-08", "\"limit\":2");
    }

    private static List<String> notices(TestRestTemplate node) {
        JsonNode list = EngineRest.get(node, NoticePublishingContract.DESIGNER, DemoUsers.PASSWORD, "/api/admin/notices",
                JsonNode.class).getBody();
        List<String> ids = new ArrayList<>();
        list.forEach(n -> ids.add(n.path("id").asText() + ":" + n.path("version").asInt()));
        return ids;
    }
}
