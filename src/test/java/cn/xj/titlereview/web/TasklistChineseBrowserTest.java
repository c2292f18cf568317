package cn.xj.titlereview.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.xj.titlereview.support.H2IntegrationTest;
import cn.xj.titlereview.support.HeadlessChromium;
import cn.xj.titlereview.support.DemoUsers;

/**
 * A demo unit reviewer opens Tasklist in a Chinese browser, logs in and sees Chinese screens.
 * Screenshots land in target/screenshots/ for a person to look at.
 */
@H2IntegrationTest
class TasklistChineseBrowserTest {

    @LocalServerPort
    int port;

    WebDriver browser;
    JsonNode chinese;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = HeadlessChromium.start();
        try (InputStream in = new ClassPathResource(
                "META-INF/resources/webjars/camunda/app/tasklist/locales/zh.json").getInputStream()) {
            chinese = new ObjectMapper().readTree(in).path("labels");
        }
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void unitReviewerLogsIntoChineseTasklist() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");

        WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("input[ng-model='username']")));
        assertThat(username.getAttribute("placeholder")).isEqualTo(label("PAGE_LOGIN_USERNAME")).isNotEqualTo("Username");
        HeadlessChromium.screenshot(browser, "tasklist-login-zh");

        username.sendKeys("dwxj01");
        browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(DemoUsers.PASSWORD);
        browser.findElement(By.cssSelector("button[type='submit']")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), label("START_PROCESS")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "全部任务"));
        Path shot = HeadlessChromium.screenshot(browser, "tasklist-unit-reviewer-zh");

        String page = browser.findElement(By.tagName("body")).getText();
        assertThat(page).contains(label("START_PROCESS"), "全部任务");
        assertThat(page).doesNotContain("Start process", "Create task", "Log out");
        assertThat(Files.size(shot)).isGreaterThan(10_000);
    }

    private String label(String key) {
        String value = chinese.path(key).asText();
        assertThat(value).as("zh.json label %s", key).isNotBlank();
        return value;
    }
}
