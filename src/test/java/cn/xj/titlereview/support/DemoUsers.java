package cn.xj.titlereview.support;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The demo users' passwords (config/demo/organisations.yml) and the Tasklist login they use. */
public final class DemoUsers {

    /** Every demo user but the administrator. */
    public static final String PASSWORD = "Demo@2024!";
    public static final String ADMIN_PASSWORD = "Xj#Pingshen2024";

    private DemoUsers() {
    }

    /** Logs into Tasklist in the Chinese login form and waits for the shared filter's task list. */
    public static void logIntoTasklist(WebDriver browser, WebDriverWait wait, int port, String user) {
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")))
                .sendKeys(user);
        browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("button[type='submit']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "全部任务"));
    }
}
