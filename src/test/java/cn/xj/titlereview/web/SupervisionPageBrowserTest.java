package cn.xj.titlereview.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.xj.titlereview.campaign.ApplicationProcessStart;
import cn.xj.titlereview.campaign.CampaignProcessService;
import cn.xj.titlereview.notice.ApplicationFacts;
import cn.xj.titlereview.notice.Level;
import cn.xj.titlereview.schedule.StatisticsSnapshotService;
import cn.xj.titlereview.support.CampaignDriver;
import cn.xj.titlereview.support.CampaignRunner;
import cn.xj.titlereview.support.DemoUsers;
import cn.xj.titlereview.support.H2IntegrationTest;
import cn.xj.titlereview.support.HeadlessChromium;
import org.springframework.context.ApplicationContext;
import cn.xj.titlereview.application.DeclaredStarts;

/**
 * The supervision page /supervision/ as the demo supervisor {@code jdxj01} sees it: applications of the
 * Hami notice at the unit's review (one overdue), at the competent department and at the committee's
 * intake, one finished; the page draws the steps as bars (the overdue part red), lists the overdue task,
 * the unit and the committee, the result and the snapshots. Screenshot: target/screenshots/supervision.png,
 * copied to docs/images/.
 */
@H2IntegrationTest
class SupervisionPageBrowserTest {

    static final String NOTICE = "notice-2023-hami-all-series";

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CampaignProcessService campaigns;
    @Autowired
    ApplicationContext context;
    @Autowired
    TaskService taskService;
    @Autowired
    StatisticsSnapshotService statistics;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void browser() {
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterEach
    void cleanUp() {
        if (browser != null) {
            browser.quit();
        }
        ClockUtil.reset();
    }

    @Test
    void theSupervisorSeesTheStepsAsBarsAndTheOverdueApplication() throws Exception {
        CampaignRunner runner = new CampaignRunner(rest, engine);
        CampaignDriver driver = runner.driver();
        driver.clockTo("2023-09-12T09:00");
        String late = start("SV");
        start("SV");
        start("SV");
        String competent = start("SV");
        String intake = start("SV");
        String finished = start("SV");
        runner.runUntil(competent, "competent_recommend");
        runner.runUntil(intake, "committee_intake");
        runner.runToEnd(finished);
        Instant now = ClockUtil.getCurrentTime().toInstant();
        statistics.snapshotAll(now.minus(Duration.ofDays(2)));
        statistics.snapshotAll(now.minus(Duration.ofDays(1)));
        statistics.snapshotAll(now);
        Task review = taskService.createTaskQuery().processInstanceBusinessKey(late).taskDefinitionKey("unit_review")
                .singleResult();
        review.setDueDate(Date.from(now.minus(Duration.ofHours(2))));
        taskService.saveTask(review);

        browser.get("http://localhost:" + port + "/supervision/?notice=" + NOTICE);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-user"))).sendKeys("jdxj01");
        browser.findElement(By.id("login-password")).sendKeys(DemoUsers.PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        try {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#step-chart g.step")));
        } catch (RuntimeException e) {
            HeadlessChromium.screenshot(browser, "supervision-failed");
            throw new AssertionError("no chart; the page says: " + browser.findElement(By.tagName("body")).getText(), e);
        }

        assertThat(browser.findElement(By.id("who-name")).getText()).isEqualTo("当前用户：jdxj01");
        assertThat(browser.findElement(By.id("notice")).getAttribute("value")).isEqualTo(NOTICE);
        WebElement unitStep = browser.findElement(By.cssSelector("#step-chart g.step[data-activity='call_unit_review']"));
        assertThat(unitStep.findElement(By.cssSelector("text.label")).getText()).isEqualTo("单位审核与公示");
        assertThat(unitStep.findElements(By.cssSelector("rect.bar.late"))).hasSize(1);
        assertThat(unitStep.findElement(By.cssSelector("text.value.late")).getText()).startsWith("超期 ");
        List<String> steps = browser.findElements(By.cssSelector("#step-chart g.step text.label")).stream()
                .map(WebElement::getText).toList();
        assertThat(steps).containsSubsequence("单位审核与公示", "主管单位推荐", "评审委员会形式审核");
        assertThat(Integer.parseInt(browser.findElement(By.id("total-overdue")).getText())).isPositive();
        assertThat(browser.findElement(By.id("overdue-table")).getText()).contains(late, "单位审核", "待办超期");
        assertThat(browser.findElement(By.id("units")).getText()).contains("哈密市农业技术推广中心");
        assertThat(browser.findElement(By.id("committees")).getText()).contains("评审委员会");
        assertThat(browser.findElement(By.id("statuses")).getText()).contains("评审通过");
        assertThat(browser.findElements(By.cssSelector("#trend tbody tr")).size()).isGreaterThanOrEqualTo(3);

        // the whole page in the picture: the window grows by what the viewport lacks
        for (int i = 0; i < 2; i++) {
            long missing = (Long) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollHeight - window.innerHeight");
            Dimension size = browser.manage().window().getSize();
            browser.manage().window().setSize(new Dimension(size.getWidth(),
                    (int) Math.min(4000, size.getHeight() + Math.max(0, missing))));
        }
        HeadlessChromium.screenshot(browser, "supervision");
        Files.copy(HeadlessChromium.SCREENSHOTS.resolve("supervision.png"), Path.of("docs/images/supervision.png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private String start(String prefix) {
        String no = prefix + System.nanoTime() % 10_000_000;
        DeclaredStarts.in(context).start(new ApplicationProcessStart(no, NOTICE, Level.INTERMEDIATE, "农业系列", "农业", "650500001",
                "sbhm01", ApplicationFacts.none()));
        return no;
    }
}
