package cn.xj.titlereview.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.xj.titlereview.notice.ApplicationFacts;
import cn.xj.titlereview.notice.Level;
import cn.xj.titlereview.support.H2IntegrationTest;
import org.springframework.context.ApplicationContext;
import cn.xj.titlereview.application.DeclaredStarts;

/**
 * The start variables of the two paths that change who handles an application: delegated evaluation
 * (委托评审, the committee named in the letter works the committee's tasks) and direct recognition
 * (直接认定, the notice's recognition process, no committee); and the Chinese refusals of a start that
 * cannot be right.
 */
@H2IntegrationTest
class CampaignStartPathsTest {

    static final String HAMI = "notice-2023-hami-all-series";
    static final String NONFERROUS = "notice-2021-xj-nonferrous";

    @Autowired
    CampaignProcessService campaigns;

    @Autowired
    ApplicationContext context;
    @Autowired
    RuntimeService runtimeService;

    static ApplicationProcessStart hami() {
        return new ApplicationProcessStart("T-HM-1", HAMI, Level.INTERMEDIATE, "工程系列", "有色金属", "650500001",
                "sbhm01", ApplicationFacts.none());
    }

    static ApplicationProcessStart hami(String series, String specialty, Level level) {
        return new ApplicationProcessStart("T-HM-1", HAMI, level, series, specialty, "650500001", "sbhm01",
                ApplicationFacts.none());
    }

    static ApplicationProcessStart nonferrous(Level level, String unitCode) {
        return new ApplicationProcessStart("T-YS-1", NONFERROUS, level, "工程系列", "有色金属", unitCode, "sbys01",
                ApplicationFacts.none());
    }

    static DirectRecognitionFacts recognition(Level current, Integer years, Integer excellent) {
        return new DirectRecognitionFacts(current, years, excellent, false);
    }

    CampaignStartException refused(ApplicationProcessStart start) {
        return catchThrowableOfType(CampaignStartException.class, () -> DeclaredStarts.in(context).start(start));
    }

    // ------------------------------------------------------------------ delegated evaluation

    @Test
    void delegatedApplicationGoesToTheNamedCommitteeItsOfficeAndItsExperts() {
        Map<String, Object> variables = campaigns.variables(
                hami().withDelegation(new EvaluationDelegation("650201", "ATT-0001")));

        assertThat(variables).containsEntry("committeeGroup", "committee650201")
                .containsEntry("expertGroup", "expert650201")
                .containsEntry("expertUserIds", "zjys01,zjys02,zjys03,zjys04,zjys05")
                .containsEntry("delegatedEvaluation", true)
                .containsEntry("delegatedToCommittee", "650201")
                .containsEntry("delegationLetterAttachmentId", "ATT-0001")
                .containsEntry("delegationNote", "委托评审：由自治区工程系列有色金属专业评审委员会评审（委托评审函已上传）")
                .containsEntry("hrbGroup", "hrb650500");
    }

    @Test
    void anApplicationWithoutALetterGoesToTheNoticesCommitteeOfItsSeriesSpecialtyAndLevel() {
        // Hami's committees (附件4): 农业系列 (650501), 工程系列 建筑工程 (650502), 工程系列 水利工程 (650503)
        Map<String, Object> agriculture = campaigns.variables(hami("农业系列", "农学", Level.INTERMEDIATE));
        Map<String, Object> building = campaigns.variables(hami("工程系列", "建筑工程", Level.INTERMEDIATE));
        Map<String, Object> water = campaigns.variables(hami("工程系列", "水利工程", Level.ASSISTANT));

        assertThat(agriculture).containsEntry("committeeGroup", "committee650501")
                .containsEntry("expertGroup", "expert650501")
                .containsEntry("delegatedEvaluation", false)
                .doesNotContainKeys("delegatedToCommittee", "delegationLetterAttachmentId", "delegationNote");
        assertThat(building).containsEntry("committeeGroup", "committee650502").containsEntry("expertGroup", "expert650502")
                .containsEntry("expertUserIds", "zjhm06,zjhm07,zjhm08,zjhm09,zjhm10");
        assertThat(water).containsEntry("committeeGroup", "committee650503").containsEntry("expertGroup", "expert650503");
    }

    @Test
    void aSpecialtyOrLevelNoCommitteeOfTheNoticeEvaluatesIsRefusedWithoutALetter() {
        // 有色金属: Hami does not evaluate it (第四条第（三）款: 委托自治区…评审，须经市人社局出具委托评审函)
        CampaignStartException specialty = refused(hami());
        // 建筑工程 at 副高级: Hami's committees evaluate 中级 and 初级 only
        CampaignStartException level = refused(hami("工程系列", "建筑工程", Level.SENIOR_DEPUTY));

        assertThat(specialty.field()).isEqualTo("specialty");
        assertThat(specialty).hasMessage("本通知（关于开展哈密市2023年度各系列（专业）职称评审工作的通知）没有评审工程系列有色金属专业中级"
                + "的评审委员会，须凭委托评审函委托其他评审委员会评审");
        assertThat(level).hasMessageContaining("没有评审工程系列建筑工程专业副高级的评审委员会");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("T-HM-1").count()).isZero();
    }

    @Test
    void aLetterToTheNoticesOwnCommitteeIsAnInboundDelegation() {
        Map<String, Object> variables = campaigns.variables(nonferrous(Level.SENIOR_DEPUTY, "650100001")
                .withDelegation(new EvaluationDelegation("650201", "ATT-0002")));

        assertThat(variables).containsEntry("committeeGroup", "committee650201").containsEntry("delegatedEvaluation", true);
    }

    @Test
    void delegationWithoutTheLetterIsRefused() {
        CampaignStartException refusal = refused(hami().withDelegation(new EvaluationDelegation("650201", " ")));

        assertThat(refusal.field()).isEqualTo("delegationLetterAttachmentId");
        assertThat(refusal).hasMessage("委托评审须上传委托评审函");
    }

    @Test
    void delegationToACommitteeOutsideTheDirectoryIsRefused() {
        CampaignStartException refusal = refused(hami().withDelegation(new EvaluationDelegation("659999", "ATT-0003")));

        assertThat(refusal.field()).isEqualTo("delegatedToCommittee");
        assertThat(refusal).hasMessage("受委托的评审委员会 659999 不在组织机构目录中");
    }

    @Test
    void delegationToAnotherCommitteeNeedsANoticeThatSendsSpecialtiesOut() {
        CampaignStartException refusal = refused(nonferrous(Level.SENIOR_DEPUTY, "650100001")
                .withDelegation(new EvaluationDelegation("650501", "ATT-0004")));

        assertThat(refusal.field()).isEqualTo("delegatedToCommittee");
        assertThat(refusal).hasMessageContaining("未规定委托其他评审委员会评审");
    }

    @Test
    void anInitialDeterminationHasNoCommitteeToDelegateTo() {
        CampaignStartException refusal = refused(new ApplicationProcessStart("T-HJ-1", "notice-2024-hejing-initial-junior",
                Level.ASSISTANT, "中小学教师", "语文", "652827001", "sbhj01", ApplicationFacts.none())
                .withDelegation(new EvaluationDelegation("650201", "ATT-0005")));

        assertThat(refusal).hasMessage("初定不经评审委员会，不能委托评审");
    }

    // ------------------------------------------------------------------ direct recognition

    @Test
    void directRecognitionStartsTheNoticesRecognitionPathWithoutACommittee() {
        ApplicationProcessStart start = nonferrous(Level.SENIOR_DEPUTY, "650100001")
                .withDirectRecognition(recognition(Level.INTERMEDIATE, 3, 3));

        Map<String, Object> variables = campaigns.variables(start);

        assertThat(start.processKey()).isEqualTo("notice-2021-xj-nonferrous-direct-recognition");
        assertThat(variables).containsEntry("noticeId", NONFERROUS).containsEntry("level", "SENIOR_DEPUTY")
                .containsEntry("currentLevel", "INTERMEDIATE").containsEntry("villageWorkYears", 3)
                .containsEntry("villageWorkExcellentYears", 3).containsEntry("examFilledSpecialty", false)
                .containsEntry("villageWork", true).containsEntry("hrbGroup", "hrb650000")
                .doesNotContainKeys("committeeGroup", "expertGroup", "expertUserIds", "delegatedEvaluation");
    }

    @Test
    void aPrefectureUnitsRecognitionGoesToThePrefectureBureau() {
        Map<String, Object> variables = campaigns.variables(nonferrous(Level.INTERMEDIATE, "650500001")
                .withDirectRecognition(recognition(Level.ASSISTANT, 3, 3)));

        assertThat(variables).containsEntry("hrbGroup", "hrb650500");
    }

    @Test
    void onlyTheNextLevelAboveTheCurrentTitleIsRecognised() {
        CampaignStartException refusal = refused(nonferrous(Level.SENIOR_FULL, "650100001")
                .withDirectRecognition(recognition(Level.INTERMEDIATE, 3, 3)));

        assertThat(refusal.field()).isEqualTo("level");
        assertThat(refusal).hasMessage("直接认定只认定现专业的高一级职称：现职称为中级，申报级别应为副高级，而不是正高级");
    }

    @Test
    void directRecognitionNeedsEveryFactAndAtMostAsManyExcellentYearsAsYears() {
        CampaignStartException missing = refused(nonferrous(Level.SENIOR_DEPUTY, "650100001")
                .withDirectRecognition(recognition(Level.INTERMEDIATE, null, 3)));
        CampaignStartException tooMany = refused(nonferrous(Level.SENIOR_DEPUTY, "650100001")
                .withDirectRecognition(recognition(Level.INTERMEDIATE, 2, 3)));

        assertThat(missing.field()).isEqualTo("villageWorkYears");
        assertThat(tooMany.field()).isEqualTo("villageWorkExcellentYears");
        assertThat(tooMany).hasMessage("连续考核优秀年数（3）不能多于连续驻村年数（2）");
    }

    @Test
    void directRecognitionOnlyWhereTheNoticeProvidesIt() {
        CampaignStartException refusal = refused(new ApplicationProcessStart("T-AKS-1", "notice-2024-akesu-coal",
                Level.SENIOR_DEPUTY, "工程系列", "煤炭", "652900001", "sbaks01", ApplicationFacts.none())
                .withDirectRecognition(recognition(Level.INTERMEDIATE, 3, 3)));

        assertThat(refusal).hasMessage("本通知（关于2024年阿克苏地区工程系列煤炭专业职称评审及民营企业专项评审工作的通知）没有直接认定的规定");
    }

    @Test
    void hamiDirectRecognitionStartsHamisPathAndTheHamiBureauRecognises() {
        ApplicationProcessStart start = new ApplicationProcessStart("T-HM-DR-1", HAMI, Level.INTERMEDIATE, "农业系列",
                "农业", "650500001", "sbhm01", ApplicationFacts.none())
                .withDirectRecognition(recognition(Level.ASSISTANT, 3, 3));

        Map<String, Object> variables = campaigns.variables(start);
        DeclaredStarts.in(context).start(start);

        assertThat(start.processKey()).isEqualTo("notice-2023-hami-all-series-direct-recognition");
        assertThat(variables).containsEntry("noticeId", HAMI).containsEntry("hrbGroup", "hrb650500")
                .containsEntry("currentLevel", "ASSISTANT").containsEntry("villageWork", true)
                .doesNotContainKeys("committeeGroup", "expertGroup", "expertUserIds", "delegatedEvaluation");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("T-HM-DR-1")
                .processDefinitionKey("notice-2023-hami-all-series-direct-recognition").count()).isEqualTo(1);
        runtimeService.deleteProcessInstance(runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey("T-HM-DR-1").processDefinitionKey(start.processKey()).singleResult().getId(),
                "测试结束");
    }

    @Test
    void aDirectRecognitionIsNeverDelegated() {
        CampaignStartException refusal = refused(nonferrous(Level.SENIOR_DEPUTY, "650100001")
                .withDirectRecognition(recognition(Level.INTERMEDIATE, 3, 3))
                .withDelegation(new EvaluationDelegation("650201", "ATT-0006")));

        assertThat(refusal).hasMessage("直接认定不经评审委员会，不能委托评审");
    }
}
