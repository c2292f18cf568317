package cn.xj.titlereview.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.xj.titlereview.schedule.ScheduleRegistrar;
import cn.xj.titlereview.simulation.SimulationClockService;
import cn.xj.titlereview.support.DemoUsers;
import cn.xj.titlereview.support.H2IntegrationTest;
import cn.xj.titlereview.support.HeadlessChromium;

/**
 * The designer on /designer/: uploads next year's notice file before its process is deployed and sees the
 * problem; once the models are deployed (as from the Modeler) publishes it; publishes a correction; compares
 * the two versions. Screenshot: target/screenshots/designer-notices.png, copied to docs/images/.
 */
@H2IntegrationTest
class NoticePublishingBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ScheduleRegistrar registrar;
    @Autowired
    SimulationClockService clock;

    WebDriver browser;
    WebDriverWait wait;
    final List<String> deployments = new ArrayList<>();

    @BeforeEach
    void openBrowser() {
        clock.moveTo(NoticePublishingContract.beijing("2025-08-01T09:00:00"));
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
        NoticePublishingContract.remove(repositoryService, jdbc, registrar, deployments);
        ClockUtil.reset();
    }

    @Test
    void aDesignerUploadsSeesTheProblemsPublishesAndComparesVersions() throws Exception {
        Path file = Files.createTempDirectory("designer").resolve(NoticePublishingContract.NEXT + ".yml");
        Files.writeString(file, NoticePublishingContract.nextYear());

        browser.get("http://localhost:" + port + "/designer");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-user"))).sendKeys(NoticePublishingContract.DESIGNER);
        browser.findElement(By.id("login-password")).sendKeys(DemoUsers.PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "notice-2024-xj-senior-five-series"));

        // before the Modeler deploy: the file is refused with the problem, in Chinese
        browser.findElement(By.id("file")).sendKeys(file.toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("problems")));
        assertThat(browser.findElement(By.id("problem-rows")).getText()).contains("id", "流程已部署", NoticePublishingContract.NEXT);
        assertThat(browser.findElement(By.id("result")).getText()).contains("处问题");

        deployments.add(NoticePublishingContract.deployModels(repositoryService));
        browser.findElement(By.id("validate")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result"), "校验通过"));
        browser.findElement(By.id("publish")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result"), "版本 1"));
        assertThat(new Select(browser.findElement(By.id("notice"))).getFirstSelectedOption().getText())
                .contains(NoticePublishingContract.NEXT);

        // a correction: the declaration closes two days later, one return fewer
        ((JavascriptExecutor) browser).executeScript("const c = document.getElementById('content');"
                + "c.value = c.value.replace('end: 2025-10-10T23:59:59', 'end: 2025-10-12T23:59:59')"
                + ".replace('fixWindows: [PT72H]', 'fixWindows: [PT96H]');");
        browser.findElement(By.id("validate")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("changes")));
        assertThat(browser.findElement(By.id("change-rows")).getText()).contains("windows.declaration.end", "日期推后",
                "submission.fixWindows[0]", "规则变更");
        browser.findElement(By.id("reason")).sendKeys("更正：申报截止推后两天，退回修改时限改为96小时");
        browser.findElement(By.id("publish")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result"), "版本 2"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("version-rows"), NoticePublishingContract.DESIGNER));
        assertThat(browser.findElements(By.cssSelector("#version-rows tr"))).hasSize(2);

        browser.findElement(By.id("diff")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("diff-table")));
        assertThat(browser.findElement(By.id("diff-rows")).getText()).contains("windows.declaration.end",
                "2025-10-10T23:59:59", "2025-10-12T23:59:59", "日期推后", "PT96H", "规则变更");

        assertThat(browser.findElement(By.id("version-rows")).getText()).contains("更正：申报截止推后两天", "新通知");

        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 1240));
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        HeadlessChromium.screenshot(browser, "designer-notices");
        Files.createDirectories(Path.of("docs/images"));
        Files.copy(HeadlessChromium.SCREENSHOTS.resolve("designer-notices.png"), Path.of("docs/images/designer-notices.png"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
