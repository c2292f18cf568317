package cn.xj.titlereview.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.xj.titlereview.support.H2IntegrationTest;
import cn.xj.titlereview.support.HeadlessChromium;

/**
 * A person registers on /register/ in Chromium, reached from the declaration page's login: a wrong check digit is
 * shown at its field, the code comes by SMS (read from the outbox), the page shows the new user id, and the person
 * logs into /declare/ with it; then resets the password on the page's second tab. Screenshots:
 * target/screenshots/register-*.png.
 */
@H2IntegrationTest
class RegistrationBrowserTest {

    static final String PASSWORD = "Zhuce#2033Ok";

    @Autowired
    SmsGateway sms;
    @Autowired
    IdentityService identityService;
    @LocalServerPort
    int port;

    WebDriver browser;

    @AfterEach
    void close() {
        ClockUtil.reset();
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aPersonRegistersOnThePageAndLogsInWithTheNewUserId() throws Exception {
        Instant start = Instant.parse("2033-04-01T02:00:00Z");
        ClockUtil.setCurrentTime(Date.from(start));
        String phone = RegistrationContract.newPhone();
        String id = RegistrationContract.newIdNumber();

        browser = HeadlessChromium.start();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get("http://localhost:" + port + "/declare/");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("link-register"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("register-form")));
        assertThat(browser.getTitle()).isEqualTo("实名注册 · 新疆职称评审系统");

        type("r-name", "热依拉·买买提");
        assertThat(new Select(browser.findElement(By.id("r-id-type"))).getFirstSelectedOption().getText()).isEqualTo("居民身份证");
        type("r-id-number", id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0'));
        type("r-phone", phone);
        browser.findElement(By.id("r-send")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("r-message"), "验证码已发出"));
        assertThat(browser.findElement(By.id("r-send")).getText()).endsWith("秒后重新获取");
        type("r-code", ((SmsOutbox) sms).lastCode(phone).orElseThrow());
        type("r-password", PASSWORD);
        type("r-password2", PASSWORD);
        browser.findElement(By.id("r-submit")).click();
        WebElement idError = browser.findElement(By.cssSelector("#register-form .field-error[data-field='idNumber']"));
        wait.until(ExpectedConditions.textToBePresentInElement(idError, "身份证号码校验码不正确"));
        assertThat(browser.findElement(By.id("r-id-number")).getAttribute("class")).contains("invalid");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        HeadlessChromium.screenshot(browser, "register-form");

        browser.findElement(By.id("r-id-number")).clear();
        type("r-id-number", id);
        browser.findElement(By.id("r-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-done")));
        String userId = browser.findElement(By.id("done-user")).getText();
        assertThat(userId).matches("sb[0-9]{8}");
        assertThat(browser.findElement(By.id("done-title")).getText()).isEqualTo("注册成功");
        HeadlessChromium.screenshot(browser, "register-done");
        assertThat(identityService.createUserQuery().userId(userId).singleResult().getFirstName()).isEqualTo("热依拉·买买提");

        browser.findElement(By.id("done-login")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        type("login-user", userId);
        type("login-password", PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-home")));

        // 找回密码 on the second tab, two minutes later (one code a minute per phone)
        ClockUtil.setCurrentTime(Date.from(start.plusSeconds(120)));
        browser.get("http://localhost:" + port + "/register/#reset");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reset-form")));
        type("p-phone", phone);
        browser.findElement(By.id("p-send")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("p-message"), "验证码已发出"));
        type("p-code", ((SmsOutbox) sms).lastCode(phone).orElseThrow());
        type("p-password", "Neu#Zhuce2033");
        type("p-password2", "Neu#Zhuce2033");
        browser.findElement(By.id("p-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-done")));
        assertThat(browser.findElement(By.id("done-title")).getText()).isEqualTo("密码已重设");
        assertThat(browser.findElement(By.id("done-user")).getText()).isEqualTo(userId);
        assertThat(identityService.checkPassword(userId, "Neu#Zhuce2033")).isTrue();
    }

    private void type(String id, String text) {
        browser.findElement(By.id(id)).sendKeys(text);
    }
}
