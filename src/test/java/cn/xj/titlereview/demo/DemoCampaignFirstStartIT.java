package cn.xj.titlereview.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.FileSystemUtils;

import cn.xj.titlereview.support.DemoUsers;
import cn.xj.titlereview.support.EngineRest;
import cn.xj.titlereview.support.HeadlessChromium;
import cn.xj.titlereview.support.ProductProcess;

/**
 * A first start with demo data is not empty: the packaged product starts as {@code mvn spring-boot:run} does
 * (no profile named, so the default simulation profile; H2 in a file of its own; demo data on) and works the
 * campaigns of config/demo/campaign.yml. Checked over HTTP as the demo users: work waits at the unit, the
 * competent department, the committee office, for the fee and for a meeting, one application is back with its
 * applicant, the 2021 one is approved with its certificate number, the supervisor's progress counts them, and a
 * second start on the same database adds nothing.
 */
class DemoCampaignFirstStartIT {

    private final Path directory = Path.of("target", "demo-first-start-" + UUID.randomUUID().toString().substring(0, 8));
    private ProductProcess running;

    @AfterEach
    void stopAndDelete() throws IOException {
        if (running != null) {
            running.stop();
        }
        FileSystemUtils.deleteRecursively(directory);
    }

    @Test
    void theFirstStartHoldsACampaignInProgressForEachNoticeAndTheSecondAddsNothing() throws Exception {
        running = start("first");
        TestRestTemplate rest = running.rest();

        Map<?, ?> all = get(rest, "admin", DemoUsers.ADMIN_PASSWORD, "/api/applications?size=200", Map.class);
        long total = ((Number) all.get("total")).longValue();
        assertThat(total).as("the demo's applications").isEqualTo(11);
        assertThat(items(all)).extracting(item -> item.get("noticeId")).contains("notice-2021-xj-nonferrous",
                "notice-2023-hami-all-series", "notice-2024-akesu-coal", "notice-2024-xj-senior-five-series",
                "notice-2024-hejing-initial-junior");

        // work waits at each step, where its office sees it
        assertThat(listed(rest, "dwhj01", "step=unit_review")).as("Hejing unit review").hasSize(1);
        assertThat(listed(rest, "zgxj01", "step=competent_recommend")).as("competent recommendation").hasSize(1);
        assertThat(listed(rest, "pwaks01", "step=committee_intake")).as("committee intake").hasSize(2);
        assertThat(taskCount(rest, "dwhj01", "unit_review")).isEqualTo(1);
        assertThat(taskCount(rest, "zgxj01", "competent_recommend")).isEqualTo(1);
        assertThat(taskCount(rest, "pwaks01", "committee_intake")).isEqualTo(2);
        assertThat(listed(rest, "admin", "status=RETURNED")).as("returned to its applicant").hasSize(1);
        assertThat(taskCount(rest, "sbhj02", "applicant_revise")).as("the revision waits for the applicant").isEqualTo(1);
        List<Map<String, Object>> senior = listed(rest, "pwxj01", "notice=notice-2024-xj-senior-five-series");
        assertThat(senior).extracting(item -> item.get("stage").toString())
                .anyMatch(stage -> stage.contains("缴费")).anyMatch(stage -> stage.contains("会议"));
        // the meeting it waits for: planned a week ahead with the application, its experts drawn, not yet open
        List<?> meetings = get(rest, "pwxj01", DemoUsers.PASSWORD, "/api/committees/650101/meetings", List.class);
        assertThat(meetings).singleElement().satisfies(m -> {
            Map<?, ?> meeting = (Map<?, ?>) m;
            assertThat(meeting.get("status")).isEqualTo("DRAWN");
            assertThat(meeting.get("date")).isNotNull();
            assertThat((List<?>) meeting.get("applications")).hasSize(1);
            assertThat((List<?>) meeting.get("experts")).as("5 of the pool of 15").hasSize(5);
        });
        assertThat((List<?>) get(rest, "pwxj01", DemoUsers.PASSWORD, "/api/committees/650101/experts", List.class))
                .hasSize(15);

        // finished: the 2021 and 2023 notices, approved with certificate numbers
        assertThat(listed(rest, "admin", "status=APPROVED")).hasSize(4);
        assertThat(listed(rest, "admin", "status=ABANDONED")).as("nothing lapsed while the clock moved on").isEmpty();
        List<?> mine = get(rest, "sbys01", DemoUsers.PASSWORD, "/api/applications", List.class);
        String no = (String) ((Map<?, ?>) mine.get(0)).get("applicationNo");
        Map<?, ?> approved = get(rest, "sbys01", DemoUsers.PASSWORD, "/api/applications/" + no, Map.class);
        assertThat(approved.get("status")).isEqualTo("APPROVED");
        assertThat((String) approved.get("certificateNo")).as("certificate number").isNotBlank();

        // the supervisor's campaign view counts them
        Map<?, ?> progress = get(rest, "jdxj01", DemoUsers.PASSWORD,
                "/api/notices/notice-2024-xj-senior-five-series/progress", Map.class);
        assertThat(((Number) progress.get("running")).longValue()).isEqualTo(3);
        Map<?, ?> finished = get(rest, "jdxj01", DemoUsers.PASSWORD, "/api/notices/notice-2021-xj-nonferrous/progress",
                Map.class);
        assertThat(((Number) finished.get("finished")).longValue()).isEqualTo(2);

        lookAtTheSupervisionPage();

        running.stop();
        running = start("second");
        Map<?, ?> again = get(running.rest(), "admin", DemoUsers.ADMIN_PASSWORD, "/api/applications?size=200", Map.class);
        assertThat(((Number) again.get("total")).longValue()).as("a second start adds nothing").isEqualTo(total);
    }

    /** The supervisor's page of the senior notice: its chart shows the waiting steps (target/screenshots/demo-supervision.png). */
    private void lookAtTheSupervisionPage() throws IOException {
        WebDriver browser = HeadlessChromium.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(running.baseUrl() + "/supervision/?notice=notice-2024-xj-senior-five-series");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-user"))).sendKeys("jdxj01");
            browser.findElement(By.id("login-password")).sendKeys(DemoUsers.PASSWORD);
            browser.findElement(By.id("login-submit")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#step-chart g.step")));
            List<String> steps = browser.findElements(By.cssSelector("#step-chart g.step text.label")).stream()
                    .map(WebElement::getText).toList();
            assertThat(steps).contains("主管单位推荐", "缴纳评审费");
            browser.manage().window().setSize(new Dimension(1280, 1800));
            HeadlessChromium.screenshot(browser, "demo-supervision");
        } finally {
            browser.quit();
        }
    }

    private ProductProcess start(String name) throws Exception {
        Files.createDirectories(directory);
        return ProductProcess.start("demo-first-start-" + name,
                "--spring.datasource.url=jdbc:h2:file:./" + directory + "/titlereview;DB_CLOSE_ON_EXIT=FALSE",
                "--titlereview.attachments.dir=" + directory + "/attachments",
                "--titlereview.demo-campaign.enabled=true",
                "--logging.level.root=WARN", "--logging.level.cn.xj.titlereview=INFO");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<?, ?> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

    private static List<Map<String, Object>> listed(TestRestTemplate rest, String user, String query) {
        String password = "admin".equals(user) ? DemoUsers.ADMIN_PASSWORD : DemoUsers.PASSWORD;
        return items(get(rest, user, password, "/api/applications?size=200&" + query, Map.class));
    }

    private static long taskCount(TestRestTemplate rest, String user, String taskKey) {
        Map<?, ?> count = get(rest, user, DemoUsers.PASSWORD, "/engine-rest/task/count?taskDefinitionKey=" + taskKey,
                Map.class);
        return ((Number) count.get("count")).longValue();
    }

    private static <T> T get(TestRestTemplate rest, String user, String password, String path, Class<T> type) {
        ResponseEntity<T> response = EngineRest.get(rest, user, password, path, type);
        assertThat(response.getStatusCode()).as("%s as %s: %s", path, user, response.getBody()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }
}
