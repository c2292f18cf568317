package cn.xj.titlereview.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.xj.titlereview.calendar.BeijingTime;
import cn.xj.titlereview.support.CampaignRunner;
import cn.xj.titlereview.support.H2IntegrationTest;
import cn.xj.titlereview.support.HeadlessChromium;

/**
 * An expert fills the ballot sheet (表决票) on /review/: picks the meeting they were drawn for, sees its two
 * applications blind (number, level, specialty), opens one's blind record and masked pages from the sheet, votes
 * FOR on one and AGAINST on the other, and submits once; the sheet then stays closed.
 */
@H2IntegrationTest
class BallotSheetBrowserTest {

    private static final String EXPERT = "zjxj01";
    private static final String OFFICE = "pwxj01";

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    ProcessEngine engine;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterEach
    void closeBrowser() {
        ClockUtil.reset();
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anExpertPicksTheMeetingReadsItsApplicationsBlindAndSubmitsTheSheetOnce() throws Exception {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2024-09-02T02:00:00Z")));
        Api api = new Api(rest);
        String first = DeclaredApplications.submitted(api, json, ApplicationFixtures.freshIdNumber());
        String second = DeclaredApplications.submitted(api, json, ApplicationFixtures.freshIdNumber());
        CampaignRunner bot = new CampaignRunner(rest, engine);
        bot.runUntilMeeting(first);
        bot.runUntilMeeting(second);
        long meeting = meetingOf(bot, List.of(first, second));
        List<String> drawn = drawnExperts(api, meeting);
        assertThat(drawn).contains(EXPERT);

        browser.get("http://localhost:" + port + "/review/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-user"))).sendKeys(EXPERT);
        browser.findElement(By.id("login-password")).sendKeys(ApplicationFixtures.PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#meetings button[data-meeting='" + meeting + "']"))).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#sheet-rows tr"), 2));

        String sheet = browser.findElement(By.id("sheet")).getText();
        assertThat(sheet).contains("评审会议 " + meeting, first, second, "正高级", "有色金属", "同意", "不同意", "弃权");
        assertThat(browser.findElement(By.id("sheet-submit")).isEnabled()).as("nothing chosen yet").isFalse();

        // the blind record of the first application, opened from the sheet
        row(first).findElement(By.cssSelector("button[data-view]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("blind-title"), first));
        assertThat(browser.findElement(By.id("blind")).isDisplayed()).isTrue();
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#pages img.page-image[src^='data:']"), 0));
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("张伟", "新疆天山有色金属设计研究院");

        vote(first, "FOR");
        assertThat(browser.findElement(By.id("sheet-submit")).isEnabled()).as("one of two chosen").isFalse();
        vote(second, "AGAINST");
        assertThat(browser.findElement(By.id("sheet-count")).getText()).isEqualTo("已投 2 / 2 份");
        assertThat(browser.findElement(By.id("sheet-submit")).isEnabled()).isTrue();
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0);");
        Path shot = HeadlessChromium.screenshot(browser, "review-ballot-sheet");
        assertThat(Files.size(shot)).isGreaterThan(30_000);

        browser.findElement(By.id("sheet-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sheet-state"), "表决票已提交"));
        assertThat(browser.findElement(By.id("flash")).getText()).contains("表决票已提交");
        assertThat(browser.findElements(By.cssSelector("#sheet-rows input[type=radio]")))
                .hasSize(6).allMatch(radio -> !radio.isEnabled());
        assertThat(browser.findElement(By.id("sheet-submit")).isDisplayed()).isFalse();

        JsonNode submitted = api.get(EXPERT, "/api/meetings/" + meeting + "/ballot-sheet").getBody();
        assertThat(submitted.path("submitted").asBoolean()).isTrue();
        assertThat(api.post(EXPERT, "/api/meetings/" + meeting + "/ballot-sheet",
                Map.of("votes", Map.of(first, "FOR", second, "FOR"))).getStatusCode())
                .as("submitted once").isEqualTo(HttpStatus.CONFLICT);
        JsonNode mine = api.get(EXPERT, "/api/meetings/mine").getBody();
        assertThat(mine.findValuesAsText("id")).contains(String.valueOf(meeting));
        assertThat(api.get("zjys01", "/api/meetings/mine").getBody().findValuesAsText("id"))
                .as("an expert of another committee").doesNotContain(String.valueOf(meeting));

        // the other experts submit theirs, so the vote closes and nothing is left open for other tests
        for (String expert : drawn) {
            if (!expert.equals(EXPERT)) {
                Map<String, String> votes = new LinkedHashMap<>();
                votes.put(first, "FOR");
                votes.put(second, "FOR");
                assertThat(api.post(expert, "/api/meetings/" + meeting + "/ballot-sheet", Map.of("votes", votes))
                        .getStatusCode()).isEqualTo(HttpStatus.OK);
            }
        }
    }

    private long meetingOf(CampaignRunner bot, List<String> applications) {
        String today = BeijingTime.local(ClockUtil.getCurrentTime().toInstant()).toLocalDate().toString();
        ResponseEntity<JsonNode> created = new Api(rest).post(OFFICE, "/api/committees/650101/meetings", Map.of(
                "date", today, "place", "自治区人力资源和社会保障厅三楼会议室", "levels", List.of("SENIOR_FULL"),
                "expertCount", 5));
        assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        long id = created.getBody().path("id").asLong();
        bot.driver().meetingStep(OFFICE, id, "applications", Map.of("applicationNos", applications));
        bot.driver().meetingStep(OFFICE, id, "draw", Map.of());
        bot.driver().meetingStep(OFFICE, id, "open", Map.of());
        bot.driver().advance(Duration.ofSeconds(1));   // the vote stages prepare their ballots (a job)
        return id;
    }

    private List<String> drawnExperts(Api api, long meeting) {
        JsonNode view = api.get(OFFICE, "/api/meetings/" + meeting).getBody();
        List<String> drawn = new java.util.ArrayList<>();
        view.path("experts").forEach(e -> {
            if ("DRAWN".equals(e.path("status").asText())) {
                drawn.add(e.path("expertId").asText());
            }
        });
        return drawn;
    }

    private WebElement row(String no) {
        return browser.findElement(By.cssSelector("#sheet-rows tr[data-no='" + no + "']"));
    }

    private void vote(String no, String value) {
        row(no).findElement(By.cssSelector("input[type=radio][value='" + value + "']")).click();
    }
}
