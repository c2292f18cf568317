package cn.xj.titlereview.application;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import cn.xj.titlereview.attachment.TestImages;
import cn.xj.titlereview.support.DemoUsers;

/** The applicant's declaration page (/declare/) as a person uses it: fields found by their API path. */
final class DeclarationPage {

    static final String PASSWORD = DemoUsers.PASSWORD;

    final WebDriver browser;
    final WebDriverWait wait;
    private final Path page;

    DeclarationPage(WebDriver browser, int port) throws IOException {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        Path dir = Files.createDirectories(Path.of("target", "declare-pages"));
        this.page = dir.resolve("page.jpg");
        Files.write(page, TestImages.jpg(800, 600));
        browser.get("http://localhost:" + port + "/declare/");
    }

    DeclarationPage login(String user) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-user"))).sendKeys(user);
        browser.findElement(By.id("login-password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-home")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#notices tbody tr")));
        return this;
    }

    String createDraft(String noticeId) {
        click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-create='" + noticeId + "']"))));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-application")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#materials .material")));
        return applicationNo();
    }

    void open(String applicationNo) {
        click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-open='" + applicationNo + "']"))));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("app-title"), applicationNo));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#materials .material")));
    }

    String applicationNo() {
        wait.until(ExpectedConditions.textMatches(By.id("app-title"), java.util.regex.Pattern.compile("申报 \\S+")));
        return browser.findElement(By.id("app-title")).getText().substring(3).trim();
    }

    WebElement field(String path) {
        return browser.findElement(By.cssSelector("[data-field='" + path + "']"));
    }

    /** Whether the page shows the field now (some fields show only with an answer above them). */
    boolean visible(String path) {
        return field(path).isDisplayed();
    }

    /** The labels of a choice field's options, in page order. */
    List<String> labels(String path) {
        return field(path).findElements(By.tagName("label")).stream().map(WebElement::getText).toList();
    }

    DeclarationPage type(String path, Object value) {
        WebElement input = field(path);
        scroll(input);
        input.clear();
        input.sendKeys(String.valueOf(value));
        return this;
    }

    DeclarationPage choose(String path, String label) {
        WebElement select = field(path);
        scroll(select);
        new Select(select).selectByVisibleText(label);
        return this;
    }

    DeclarationPage yesNo(String path, boolean yes) {
        click(field(path).findElement(By.cssSelector("input[value='" + yes + "']")));
        return this;
    }

    DeclarationPage check(String path) {
        WebElement box = field(path);
        if (!box.isSelected()) {
            click(box);
        }
        return this;
    }

    DeclarationPage none(String path) {
        click(field(path).findElement(By.xpath("following-sibling::button[normalize-space(.)='无']")));
        return this;
    }

    DeclarationPage allNo(String section) {
        click(browser.findElement(By.cssSelector("button[data-all-no='" + section + "']")));
        return this;
    }

    DeclarationPage addRow(String list) {
        click(browser.findElement(By.cssSelector("button[data-add='" + list + "']")));
        return this;
    }

    int rows(String list) {
        return browser.findElements(By.cssSelector(".rows[data-list='" + list + "'] .list-row")).size();
    }

    DeclarationPage save() {
        click(browser.findElement(By.id("save")));
        wait.until(d -> d.findElement(By.id("save-result")).getText().contains("已保存")
                || d.findElement(By.id("form-errors")).isDisplayed());
        if (browser.findElement(By.id("form-errors")).isDisplayed()) {
            throw new AssertionError("not saved: " + browser.findElement(By.id("form-errors")).getText());
        }
        // the materials asked may change with what was saved
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#materials .material")));
        return this;
    }

    void clickSave() {
        click(browser.findElement(By.id("save")));
    }

    List<String> materials() {
        return browser.findElements(By.cssSelector("#materials [data-material]")).stream()
                .map(m -> m.getAttribute("data-material")).filter(id -> !"other".equals(id)).toList();
    }

    /** Uploads one page for the material and waits until the page shows it. */
    void upload(String material) {
        int before = pages(material).size();
        WebElement input = browser.findElement(By.cssSelector("input[data-upload='" + material + "']"));
        input.sendKeys(page.toAbsolutePath().toString());
        wait.until(d -> pages(material).size() == before + 1);
    }

    List<WebElement> pages(String material) {
        return browser.findElements(By.cssSelector("[data-material='" + material + "'] .page"));
    }

    String firstPageId(String material) {
        return pages(material).get(0).getAttribute("data-page");
    }

    /** Says the page shows the name and draws one rectangle over it with the mouse, then saves. */
    void maskWithRectangle(String pageId) {
        WebElement box = pageBox(pageId);
        click(box.findElement(By.cssSelector(".mask-controls input[value='true']")));
        WebElement image = box.findElement(By.cssSelector(".page-image"));
        wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                "return arguments[0].complete ? arguments[0].naturalWidth : 0", image)).intValue() > 0);
        WebElement canvas = box.findElement(By.cssSelector("canvas[data-canvas]"));
        scroll(canvas);
        // over the name and unit printed at the top left of the test page
        int width = canvas.getSize().getWidth();
        int height = canvas.getSize().getHeight();
        new Actions(browser).moveToElement(canvas, -width / 2 + 3, -height / 2 + 3).clickAndHold()
                .moveByOffset(width * 7 / 24, height / 14).release().perform();
        wait.until(ExpectedConditions.attributeToBe(canvas, "data-rectangles", "1"));
        click(box.findElement(By.cssSelector("button[data-save-mask]")));
        wait.until(d -> maskState(pageId).startsWith("已遮盖"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("img[data-masked='" + pageId + "'][src^='data:image/jpeg']")));
    }

    void confirmNoMasking(String pageId) {
        click(pageBox(pageId).findElement(By.cssSelector(".mask-controls input[value='false']")));
        click(pageBox(pageId).findElement(By.cssSelector("button[data-no-mask]")));
        wait.until(d -> maskState(pageId).equals("已确认无需遮盖"));
    }

    String maskState(String pageId) {
        try {
            List<WebElement> tags = browser.findElements(By.cssSelector("[data-mask-state='" + pageId + "']"));
            return tags.isEmpty() ? "" : tags.get(0).getText();
        } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
            return "";
        }
    }

    WebElement pageBox(String pageId) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".page[data-page='" + pageId + "']")));
    }

    /** Uploads a page for every material the pre-check asks; masks the first page drawn, confirms the others. */
    void uploadEveryMaterialMaskingTheFirst() {
        List<String> materials = materials();
        for (String material : materials) {
            if (pages(material).isEmpty()) {
                upload(material);
            }
        }
        boolean masked = false;
        for (String material : materials) {
            String id = firstPageId(material);
            if (!masked) {
                maskWithRectangle(id);
                masked = true;
            } else if (maskState(id).startsWith("未确认")) {
                confirmNoMasking(id);
            }
        }
    }

    String runCheck() {
        WebElement verdict = browser.findElement(By.id("check-verdict"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].textContent = ''", verdict);
        click(browser.findElement(By.id("run-check")));
        wait.until(d -> !d.findElement(By.id("check-verdict")).getText().isBlank());
        return browser.findElement(By.id("check-verdict")).getText();
    }

    List<String> checkProblems() {
        return browser.findElements(By.cssSelector("#check-problems tbody tr")).stream().map(WebElement::getText).toList();
    }

    String submit() {
        click(browser.findElement(By.id("submit")));
        wait.until(d -> {
            WebElement flash = d.findElement(By.id("flash"));
            return (flash.isDisplayed() && flash.getText().contains("已提交"))
                    || d.findElement(By.id("submit-errors")).isDisplayed();
        });
        return browser.findElement(By.id("app-status")).getText();
    }

    String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    void click(WebElement element) {
        scroll(element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    void scroll(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    void scrollToTop(String id) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'});",
                browser.findElement(By.id(id)));
    }

    void scrollTo(String id) {
        scroll(browser.findElement(By.id(id)));
    }
}
