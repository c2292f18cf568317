package cn.xj.titlereview.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.xj.titlereview.support.CampaignDriver;
import cn.xj.titlereview.support.H2IntegrationTest;
import cn.xj.titlereview.support.HeadlessChromium;
import cn.xj.titlereview.support.DemoUsers;

/**
 * Markup and script in a text variable are shown as text in the Tasklist form: a reviewer's task
 * whose return reasons and comment hold HTML shows them literally, a template in the form's
 * Markdown header carries no event handler, and no script runs.
 * The screenshot lands in target/screenshots/ for a person to look at.
 */
@H2IntegrationTest
class ScriptInTaskFormBrowserTest {

    static final String PAYLOAD = "<img src=x onerror=alert(1)><script>alert(2)</script>";

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    TaskService taskService;

    WebDriver browser;

    @AfterEach
    void closeBrowser() {
        ClockUtil.reset();
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void markupInTaskVariablesIsShownAsTextAndNoScriptRuns() throws Exception {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2024-09-02T02:00:00Z")));
        String no = DeclaredApplications.submitted(new Api(rest), json, ApplicationFixtures.freshIdNumber());
        ClockUtil.reset();
        List<Map<String, Object>> tasks = new CampaignDriver(rest).tasks("dwxj01", no);
        assertThat(tasks).hasSize(1);
        String taskId = (String) tasks.get(0).get("id");
        taskService.setVariable(taskId, "lastReturnReasons", PAYLOAD);
        taskService.setVariable(taskId, "comment", PAYLOAD);
        // the applicant's free text: shown in a disabled field, never inside the Markdown header
        taskService.setVariable(taskId, "specialty", PAYLOAD);

        browser = HeadlessChromium.start();
        ((ChromiumDriver) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.__alerts = []; window.alert = function (m) { window.__alerts.push(String(m)); };"));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        DemoUsers.logIntoTasklist(browser, wait, port, "dwxj01");

        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
        WebElement reasons = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//label[contains(., '最近一次退回原因')]/following::textarea[1]")));
        WebElement comment = browser.findElement(By.xpath("//label[contains(., '审核意见')]/following::textarea[1]"));
        wait.until(driver -> PAYLOAD.equals(reasons.getDomProperty("value")));
        Path shot = HeadlessChromium.screenshot(browser, "tasklist-markup-shown-as-text");

        assertThat(reasons.getDomProperty("value")).isEqualTo(PAYLOAD);
        assertThat(comment.getDomProperty("value")).isEqualTo(PAYLOAD);
        assertThat(browser.findElement(By.cssSelector("input[id$='specialty'], input[name='specialty']"))
                .getDomProperty("value")).isEqualTo(PAYLOAD);
        assertThat(browser.findElements(By.cssSelector(".fjs-container img"))).as("no markup from the data").isEmpty();
        assertThat(browser.findElements(By.cssSelector("img[onerror]"))).isEmpty();
        assertThat(browser.findElements(By.xpath("//script[contains(., 'alert(2)')]"))).isEmpty();
        assertThat((List<?>) ((JavascriptExecutor) browser).executeScript("return window.__alerts;")).isEmpty();
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(Files.size(shot)).isGreaterThan(10_000);
    }
}
