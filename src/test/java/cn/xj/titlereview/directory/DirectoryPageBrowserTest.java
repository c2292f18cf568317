package cn.xj.titlereview.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.xj.titlereview.identity.OrganisationDirectory;
import cn.xj.titlereview.support.DemoUsers;
import cn.xj.titlereview.support.H2IntegrationTest;
import cn.xj.titlereview.support.HeadlessChromium;

/**
 * Akesu's HR bureau on /directory/: its units editable, other regions' read only; a unit added with a wrong
 * check character shows the Chinese problem at its field, and once corrected it is listed. Screenshot:
 * target/screenshots/directory-units.png.
 */
@H2IntegrationTest
class DirectoryPageBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    OrganisationDirectory organisations;

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

    @Test
    void aBureauAddsAUnitOfItsRegionOnThePage() throws Exception {
        browser.get("http://localhost:" + port + "/directory");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-user"))).sendKeys("hrbaks01");
        browser.findElement(By.id("login-password")).sendKeys(DemoUsers.PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("unit-rows"), "阿克苏库车示范煤矿有限公司"));

        assertThat(row("652900001").getText()).contains("91652902MA7XK0017P", "民营企业", "地州市级", "库车市", "修改");
        assertThat(row("650500001").getText()).contains("哈密市农业技术推广中心", "只读");

        browser.findElement(By.id("add-unit")).click();
        String first17 = "12652901MD0000401";
        browser.findElement(By.id("f-code")).sendKeys("652901401");
        browser.findElement(By.id("f-name")).sendKeys("阿克苏市示范职业技术学校");
        browser.findElement(By.id("f-creditCode")).sendKeys(DirectoryApiH2Test.wrongCredit(first17));
        new Select(browser.findElement(By.id("f-ownership"))).selectByVisibleText("事业单位");
        new Select(browser.findElement(By.id("f-level"))).selectByVisibleText("县级及以下");
        new Select(browser.findElement(By.id("f-regionCode"))).selectByVisibleText("阿克苏市（652901）");
        new Select(browser.findElement(By.id("f-competentCode"))).selectByVisibleText("阿克苏地区能源主管部门（652901）");
        browser.findElement(By.id("unit-save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("unit-problems")));
        assertThat(browser.findElement(By.id("unit-problems")).getText())
                .isEqualTo("统一社会信用代码校验码（第18位）不正确，请核对（校验码）");
        assertThat(browser.findElement(By.id("f-creditCode")).getAttribute("class")).contains("invalid");
        assertThat(organisations.employerUnit("652901401")).isEmpty();

        WebElement credit = browser.findElement(By.id("f-creditCode"));
        credit.clear();
        credit.sendKeys(DirectoryApiH2Test.credit(first17).toLowerCase());
        browser.findElement(By.id("unit-save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "已新增：652901401"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("unit-rows"), "阿克苏市示范职业技术学校"));
        assertThat(row("652901401").getText()).contains(DirectoryApiH2Test.credit(first17), "阿克苏市");
        assertThat(organisations.employerUnit("652901401")).isPresent();
        HeadlessChromium.screenshot(browser, "directory-units");
    }

    @Test
    void aSheetWithAWrongCellIsRefusedOnThePageWithTheCellNamedAndNothingImported() throws Exception {
        browser.get("http://localhost:" + port + "/directory");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-user"))).sendKeys("hrbaks01");
        browser.findElement(By.id("login-password")).sendKeys(DemoUsers.PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("unit-rows"), "阿克苏库车示范煤矿有限公司"));

        // the template's example row with a credit code whose check character is wrong
        Path sheet = Files.createTempFile("units-", ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(UnitImport.template()));
             OutputStream out = Files.newOutputStream(sheet)) {
            workbook.getSheetAt(0).getRow(1).getCell(0).setCellValue("652901402");
            workbook.getSheetAt(0).getRow(1).getCell(2).setCellValue("12652900458300030A");
            workbook.write(out);
        }
        browser.findElement(By.id("import-file")).sendKeys(sheet.toString());
        browser.findElement(By.id("import-submit")).click();

        WebElement problems = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-errors")));
        assertThat(problems.getText()).contains("第2行C列（统一社会信用代码）");
        assertThat(browser.findElement(By.id("import-message")).getText()).isNotBlank();
        assertThat(organisations.employerUnit("652901402")).as("nothing imported").isEmpty();
        Files.delete(sheet);
    }

    private WebElement row(String code) {
        List<WebElement> rows = browser.findElements(By.xpath("//tbody[@id='unit-rows']/tr[td[1][text()='" + code + "']]"));
        assertThat(rows).as(code).hasSize(1);
        return rows.get(0);
    }
}
