package cn.xj.titlereview.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.xj.titlereview.support.DemoUsers;
import cn.xj.titlereview.support.H2IntegrationTest;
import cn.xj.titlereview.support.HeadlessChromium;

/**
 * The office of the Hami agriculture committee (650501) on /committee/: its pool with the demo filings, pausing an
 * expert and taking them back, a meeting refused in Chinese for an even number of experts and then planned; another
 * committee's office is told it may not read this one.
 */
@H2IntegrationTest
class CommitteeOfficePageBrowserTest {

    private static final String COMMITTEE = "650501";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** The pool table is drawn again after each change: a button found just before it is replaced is found again. */
    void clickWhenSettled(By button) {
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            WebElement element = d.findElement(button);
            if (!element.isDisplayed() || !element.isEnabled()) {
                return false;
            }
            element.click();
            return true;
        });
    }

    @Test
    void theOfficeKeepsItsPoolAndPlansAMeeting() throws Exception {
        login("pwhm01");
        new Select(wait.until(ExpectedConditions.elementToBeClickable(By.id("committee")))).selectByValue(COMMITTEE);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#pool-rows tr[data-expert='zjhm01']")));
        assertThat(browser.findElement(By.id("filing-rows")).getText()).contains("2024", "650500");

        // pause zjhm02, then take them back
        clickWhenSettled(By.cssSelector("#pool-rows button[data-toggle='zjhm02']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "已暂停抽取：zjhm02"));
        assertThat(active("zjhm02")).isFalse();
        clickWhenSettled(By.cssSelector("#pool-rows button[data-toggle='zjhm02']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "已恢复抽取：zjhm02"));
        assertThat(active("zjhm02")).isTrue();

        // a meeting: an even number is refused naming the rule, then an odd one is planned
        browser.findElement(By.cssSelector("#meeting-details summary")).click();
        js("document.getElementById('m-date').value = '2025-11-20';");
        browser.findElement(By.id("m-place")).sendKeys("哈密市农业农村局三楼会议室");
        browser.findElement(By.cssSelector("#m-levels input[value='INTERMEDIATE']")).click();
        browser.findElement(By.id("m-expertCount")).sendKeys("4");
        browser.findElement(By.id("meeting-save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("meeting-problems"), "单数"));
        assertThat(browser.findElement(By.id("meeting-problems")).getText()).contains("expertCount", "人社部令第40号");
        browser.findElement(By.id("m-expertCount")).clear();
        browser.findElement(By.id("m-expertCount")).sendKeys("3");
        browser.findElement(By.id("meeting-save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "已安排评审会议"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("meeting")));
        assertThat(browser.findElement(By.id("meeting-title")).getText()).contains("2025-11-20", "已安排");
        assertThat(browser.findElement(By.id("meeting-rows")).getText()).contains("2025-11-20", "中级", "哈密市农业农村局三楼会议室");
        HeadlessChromium.screenshot(browser, "committee-office");

        // the draw needs applications first: the answer says so in Chinese
        browser.findElement(By.id("draw")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("meeting-step-problems"), "还没有安排申报"));
        jdbc.update("delete from committee_meeting where committee_code = ? and place = ? and status = 'PLANNED'",
                COMMITTEE, "哈密市农业农村局三楼会议室");
    }

    @Test
    void anotherCommitteesOfficeMayNotReadIt() {
        login("pwxj01");
        new Select(wait.until(ExpectedConditions.elementToBeClickable(By.id("committee")))).selectByValue(COMMITTEE);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("office-message"), "无权查看"));
        assertThat(browser.findElement(By.id("office")).isDisplayed()).isFalse();
    }

    private void login(String user) {
        browser.get("http://localhost:" + port + "/committee/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-user"))).sendKeys(user);
        browser.findElement(By.id("login-password")).sendKeys(DemoUsers.PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-office")));
    }

    private boolean active(String expertId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select active from committee_expert where committee_code = ? "
                + "and expert_id = ?", Boolean.class, COMMITTEE, expertId));
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }
}
