package cn.xj.titlereview.unitaccount;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.xj.titlereview.registration.SmsGateway;
import cn.xj.titlereview.registration.SmsOutbox;
import cn.xj.titlereview.support.DemoUsers;
import cn.xj.titlereview.support.H2IntegrationTest;
import cn.xj.titlereview.support.HeadlessChromium;

/**
 * A unit registers on /register/unit.html (reached from /register/), its competent department (zgxj01) approves it
 * in Tasklist's Chinese form, and its contact adds a reviewer on /unit-reviewers/. Screenshots:
 * target/screenshots/unit-*.png.
 */
@H2IntegrationTest
class UnitAccountsBrowserTest {

    static final String PASSWORD = "Danwei#2036ok";

    @Autowired
    SmsGateway sms;
    @Autowired
    IdentityService identityService;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    WebDriver browser;
    private String credit;
    private String contact;
    private String reviewer;

    @AfterEach
    void close() {
        ClockUtil.reset();
        if (browser != null) {
            browser.quit();
        }
        for (String user : new String[] {contact, reviewer}) {
            if (user != null && identityService.createUserQuery().userId(user).count() > 0) {
                identityService.deleteUser(user);
            }
        }
        if (credit != null) {
            jdbc.update("DELETE FROM unit_contact WHERE unit_code = ?", credit);
            jdbc.update("DELETE FROM employer_unit WHERE code = ?", credit);
            identityService.deleteGroup("unit" + credit);
            jdbc.update("UPDATE directory_version SET token = ? WHERE id = 1", java.util.UUID.randomUUID().toString());
        }
    }

    @Test
    void aUnitRegistersItsCompetentDepartmentApprovesInTasklistAndItsContactAddsAReviewer() throws Exception {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2036-05-01T02:00:00Z")));
        credit = UnitAccountsContract.newCreditCode();
        String phone = UnitAccountsContract.newPhone();
        contact = "dwlxb" + System.nanoTime() % 1_000_000;
        reviewer = "dwshb" + System.nanoTime() % 1_000_000;

        browser = HeadlessChromium.start();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get("http://localhost:" + port + "/register/");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("unit-link"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("unit-form")));
        assertThat(browser.getTitle()).isEqualTo("用人单位注册 · 新疆职称评审系统");
        type("u-credit", credit);
        type("u-name", "乌鲁木齐浏览器测试设计院");
        type("u-region", "650100");
        type("u-competent", "999999");
        type("c-name", "迪丽娜尔");
        type("c-phone", phone);
        browser.findElement(By.id("c-send")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("u-message"), "验证码已发出"));
        type("c-code", ((SmsOutbox) sms).lastCode(phone).orElseThrow());
        type("c-user", contact);
        type("c-password", PASSWORD);
        type("c-password2", PASSWORD);
        browser.findElement(By.id("u-submit")).click();
        // an unknown competent department is named at its field, nothing is sent on
        WebElement competentError = browser.findElement(By.cssSelector(".field-error[data-field='competentDepartment']"));
        wait.until(ExpectedConditions.textToBePresentInElement(competentError, "不在组织机构目录中"));
        HeadlessChromium.screenshot(browser, "unit-register-form");
        browser.findElement(By.id("u-competent")).clear();
        type("u-competent", "650100");
        browser.findElement(By.id("u-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-done")));
        assertThat(browser.findElement(By.id("done-user")).getText()).isEqualTo(contact);
        HeadlessChromium.screenshot(browser, "unit-register-done");

        // the competent department approves in Tasklist
        DemoUsers.logIntoTasklist(browser, wait, port, "zgxj01");
        WebElement task = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//ol[contains(@class,'tasks-list')]//a[contains(normalize-space(.),'主管部门审核单位注册')]")));
        task.click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space(.)='认领']"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), credit));
        WebElement approve = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//label[normalize-space(.)='同意注册']")));
        clickInView(wait, approve);
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("乌鲁木齐浏览器测试设计院", "审核结论", "不同意");
        HeadlessChromium.screenshot(browser, "unit-register-tasklist-zh");
        WebElement complete = wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space(.)='完成']")));
        clickInView(wait, complete);
        wait.until(d -> taskService.createTaskQuery().processInstanceBusinessKey(credit).count() == 0);
        assertThat(identityService.createUserQuery().userId(contact).memberOfGroup("unit" + credit).count()).isOne();

        // the contact adds a reviewer
        browser.get("http://localhost:" + port + "/unit-reviewers/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        type("login-user", contact);
        type("login-password", PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-reviewers")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("list"), contact));
        type("a-user", reviewer);
        type("a-name", "买买提");
        type("a-phone", UnitAccountsContract.newPhone());
        type("a-password", PASSWORD);
        browser.findElement(By.id("add-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("list"), reviewer));
        HeadlessChromium.screenshot(browser, "unit-reviewers");
        assertThat(identityService.createUserQuery().userId(reviewer).memberOfGroup("unit" + credit).count()).isOne();
    }

    private void type(String id, String text) {
        browser.findElement(By.id(id)).sendKeys(text);
    }

    /**
     * The Tasklist form is longer than the window and its footer overlaps the lower part; Tasklist may still be
     * laying the form out: scroll the element to the middle and click until nothing else takes the click.
     */
    private void clickInView(WebDriverWait wait, WebElement element) {
        wait.until(d -> {
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
            try {
                element.click();
                return true;
            } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
                return false;
            }
        });
    }
}
