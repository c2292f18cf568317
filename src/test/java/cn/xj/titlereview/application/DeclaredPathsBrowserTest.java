package cn.xj.titlereview.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.xj.titlereview.support.H2IntegrationTest;
import cn.xj.titlereview.support.HeadlessChromium;

/**
 * The paths of a notice on the Chinese declaration page: 王芳 asks for direct recognition (直接认定)
 * of 高级工程师 after three years of village work rated 优秀, and 李娜 of Hami declares a specialty
 * Hami does not evaluate, delegated by letter to the autonomous region's non-ferrous committee
 * (委托评审) chosen from the committee list; each passes the pre-check and submits, and the page
 * shows the path.
 */
@H2IntegrationTest
class DeclaredPathsBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;

    WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.start();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
        ClockUtil.reset();
    }

    @Test
    void anEngineerAsksForDirectRecognitionAfterThreeYearsOfVillageWork() throws Exception {
        DeclarationPage page = draftFilledInBy(Declarant.nonferrous());
        String no = page.applicationNo();

        assertThat(page.labels("situation.directRecognition")).containsExactly("评审", "直接认定");
        assertThat(page.visible("situation.villageWorkFrom")).isFalse();
        page.yesNo("situation.directRecognition", true);
        assertThat(page.visible("situation.villageWorkFrom")).as("the posting's dates with direct recognition").isTrue();
        assertThat(page.visible("situation.delegatedEvaluation")).as("direct recognition is never delegated").isFalse();
        page.yesNo("situation.villageWork", true).type("situation.villageWorkFrom", LocalDate.of(2018, 3, 1));
        for (int row = 0; row < 3; row++) {
            page.choose("annualAssessments[" + row + "].rating", "优秀");
        }
        page.save();
        page.scrollToTop("sec-path");
        HeadlessChromium.screenshot(browser, "declare-path-direct-recognition-form");

        page.uploadEveryMaterialMaskingTheFirst();
        String verdict = page.runCheck();
        assertThat(verdict).as(String.join("\n", page.checkProblems())).startsWith("预检通过");
        assertThat(page.submit()).isEqualTo("审核中");

        assertThat(page.text("app-path")).isEqualTo("直接认定");
        HeadlessChromium.screenshot(browser, "declare-path-direct-recognition-submitted");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(no).rootProcessInstances()
                .processDefinitionKey("notice-2021-xj-nonferrous-direct-recognition").count()).isEqualTo(1);
        assertThat(runtimeService.getVariables(root(no).getId()))
                .containsEntry("villageWorkYears", 3).containsEntry("villageWorkExcellentYears", 3)
                .containsEntry("currentLevel", "INTERMEDIATE");
    }

    @Test
    void aHamiApplicantDeclaresASpecialtyDelegatedByLetterToTheRegionsCommittee() throws Exception {
        Declarant hami = Declarant.hami();
        Declarant declarant = new Declarant(hami.user(), hami.noticeId(), Instant.parse("2023-09-15T02:00:00Z"),
                hami.region(), hami.born(), hami.name(), hami.gender(), "工程系列", "有色金属", "中级", hami.unitCode(),
                hami.unitLevel(), "本科", "新疆大学", "冶金工程", hami.graduated(), "助理工程师", "助理级",
                hami.titleObtained(), hami.professionStart(), hami.professionYears(), hami.publicFrom(),
                hami.professionalFrom(), hami.educationTo(), hami.assessmentFrom(), hami.assessmentTo(),
                "任现职以来，从事有色金属冶炼工艺技术工作，参与完成生产线工艺改进。", false);
        DeclarationPage page = draftFilledInBy(declarant);
        String no = page.applicationNo();

        assertThat(page.labels("situation.directRecognition")).containsExactly("评审", "直接认定");
        assertThat(page.visible("situation.delegatedToCommittee")).isFalse();
        page.check("situation.delegatedEvaluation");
        assertThat(page.visible("situation.delegatedToCommittee")).as("the committee once the letter is ticked").isTrue();
        page.choose("situation.delegatedToCommittee", "自治区工程系列有色金属专业评审委员会");
        page.save();
        page.scrollToTop("sec-path");
        HeadlessChromium.screenshot(browser, "declare-path-delegated-form");

        page.uploadEveryMaterialMaskingTheFirst();
        assertThat(page.materials()).contains("delegation-letter");
        String verdict = page.runCheck();
        assertThat(verdict).as(String.join("\n", page.checkProblems())).startsWith("预检通过");
        assertThat(page.submit()).isEqualTo("审核中");

        assertThat(page.text("app-path")).isEqualTo("委托评审：由自治区工程系列有色金属专业评审委员会评审");
        HeadlessChromium.screenshot(browser, "declare-path-delegated-submitted");
        assertThat(runtimeService.getVariables(root(no).getId()))
                .containsEntry("committeeGroup", "committee650201").containsEntry("delegatedEvaluation", true);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(no).list())
                .extracting(t -> t.getTaskDefinitionKey()).contains("unit_review");
    }

    /** On the declarant's day: logs in, creates the draft for their notice and fills in every section. */
    private DeclarationPage draftFilledInBy(Declarant declarant) throws IOException {
        ClockUtil.setCurrentTime(Date.from(declarant.now()));
        DeclarationPage page = new DeclarationPage(browser, port).login(declarant.user());
        page.createDraft(declarant.noticeId());
        declarant.fillIn(page, declarant.freshIdNumber());
        return page;
    }

    /** The application's notice process. */
    private ProcessInstance root(String no) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(no).rootProcessInstances()
                .singleResult();
    }
}
