package cn.xj.titlereview.campaign;

import static cn.xj.titlereview.process.CampaignVariables.*;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

import cn.xj.titlereview.identity.Directory.Committee;
import cn.xj.titlereview.identity.Directory.EmployerUnit;
import cn.xj.titlereview.identity.Directory.HrBureau;
import cn.xj.titlereview.identity.OrganisationDirectory;
import cn.xj.titlereview.identity.RoleGroups;
import cn.xj.titlereview.notice.ApplicationFacts;
import cn.xj.titlereview.notice.Fact;
import cn.xj.titlereview.notice.Level;
import cn.xj.titlereview.notice.NoticeDefinition.DeclarationEndRequirement;
import cn.xj.titlereview.notice.NoticeDefinition;
import cn.xj.titlereview.notice.NoticeFlow;
import cn.xj.titlereview.notice.NoticeService;
import cn.xj.titlereview.process.CommitteeVoteProcess;
import cn.xj.titlereview.process.DefenseProcess;

/**
 * Starts the notice's process for a submitted application: the notice's parameters
 * ({@link NoticeService#processParameters}) plus who handles it (unit, competent department,
 * committee and its experts, HR bureau) from the organisation directory. Business key = application number.
 *
 * <p>Two paths change who handles it. Direct recognition (直接认定) starts the notice's
 * {@code <noticeId>-direct-recognition} process: no committee; the HR bureau of the unit's prefecture
 * recognises (units of the autonomous region: the notice's bureau). Delegated evaluation (委托评审)
 * gives the committee's tasks (intake, paper materials, defense, vote) to the committee named in the
 * delegation letter, its office and its experts, instead of the notice's own committee.
 */
@Service
public class CampaignProcessService {

    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final NoticeService notices;
    private final OrganisationDirectory organisations;

    public CampaignProcessService(RuntimeService runtimeService, RepositoryService repositoryService,
                                  NoticeService notices, OrganisationDirectory organisations) {
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.notices = notices;
        this.organisations = organisations;
    }

    public ProcessInstance start(ApplicationProcessStart start) {
        Map<String, Object> variables = variables(start);
        String processKey = start.processKey();
        if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey).count() == 0) {
            throw new CampaignStartException(NOTICE_ID.name(), start.directRecognition() == null
                    ? "通知 " + start.noticeId() + " 的流程尚未部署"
                    : "通知 " + start.noticeId() + " 的直接认定流程尚未部署");
        }
        return runtimeService.startProcessInstanceByKey(processKey, start.applicationNo(), variables);
    }

    /** The start variables (see the process contract in the README); public for tests and simulations. */
    public Map<String, Object> variables(ApplicationProcessStart start) {
        NoticeDefinition notice = notices.definition(start.noticeId());
        EmployerUnit unit = organisations.employerUnit(start.unitCode())
                .orElseThrow(() -> new CampaignStartException("unitCode", "用人单位 " + start.unitCode() + " 不在组织机构目录中"));
        DirectRecognitionFacts recognition = start.directRecognition();
        if (recognition != null) {
            checkDirectRecognition(notice, start.level(), recognition);
        }
        ApplicationFacts facts = (start.facts() == null ? ApplicationFacts.none() : start.facts())
                .withLevel(start.level()).withSeries(start.series()).withSpecialty(start.specialty());
        if (recognition != null && recognition.villageWorkYears() > 0) {
            facts = facts.with(Fact.VILLAGE_WORK);
        }
        if (start.delegation() != null) {
            facts = facts.with(Fact.DELEGATED_EVALUATION);
        }
        HrBureau noticeBureau = organisations.hrBureauFor(notice.id())
                .orElseThrow(() -> new CampaignStartException(NOTICE_ID.name(), "通知 " + notice.id() + " 没有负责审核确认的人社部门"));

        Map<String, Object> variables = new LinkedHashMap<>();
        APPLICATION_NO.put(variables, start.applicationNo());
        NOTICE_ID.put(variables, start.noticeId());
        NOTICE_VERSION.put(variables, notices.version(start.noticeId()));
        LEVEL.put(variables, start.level().name());
        SERIES.put(variables, start.series());
        SPECIALTY.put(variables, start.specialty());
        APPLICANT_USER_ID.put(variables, start.applicantUserId());
        UNIT_GROUP.put(variables, RoleGroups.unit(unit.code()));
        COMPETENT_GROUP.put(variables, RoleGroups.competent(unit.competent()));
        DefenseProcess.UNIT_LEVEL.put(variables, unit.level());
        DefenseProcess.VILLAGE_WORK.put(variables, facts.holds(Fact.VILLAGE_WORK));
        SUBMISSION_COUNT.put(variables, 1);
        if (recognition != null) {
            if (start.delegation() != null) {
                throw new CampaignStartException(DELEGATED_TO_COMMITTEE.name(), PathRules.DIRECT_RECOGNITION_NOT_DELEGATED);
            }
            HRB_GROUP.put(variables, RoleGroups.hrBureau(recognisingBureau(unit, noticeBureau).code()));
            CURRENT_LEVEL.put(variables, recognition.currentLevel().name());
            VILLAGE_WORK_YEARS.put(variables, recognition.villageWorkYears());
            VILLAGE_WORK_EXCELLENT_YEARS.put(variables, recognition.villageWorkExcellentYears());
            EXAM_FILLED_SPECIALTY.put(variables, recognition.examFilledSpecialty());
        } else {
            HRB_GROUP.put(variables, RoleGroups.hrBureau(noticeBureau.code()));
            if (notice.flow() == NoticeFlow.TITLE_REVIEW) {
                putCommittee(variables, notice, start);
            } else if (start.delegation() != null) {
                throw new CampaignStartException(DELEGATED_TO_COMMITTEE.name(), PathRules.INITIAL_DETERMINATION_NOT_DELEGATED);
            }
        }
        if (notice.submission().declarationEndRequires() == DeclarationEndRequirement.COMMITTEE_RECEIVED) {
            // Akesu: the application must have reached the committee by the declaration close
            DECLARATION_CLOSES_AT.put(variables,
                    Date.from(notice.windows().declaration().end().atZone(notice.zone()).toInstant()));
        }
        variables.putAll(notices.processParameters(notice.id(), facts).toVariables());
        return variables;
    }

    /**
     * The notice's committee that evaluates the series, specialty and level, or the one a delegation letter
     * names; its office group and experts.
     */
    private void putCommittee(Map<String, Object> variables, NoticeDefinition notice, ApplicationProcessStart start) {
        EvaluationDelegation delegation = start.delegation();
        Committee own = organisations.committeeFor(notice.id(), start.series(), start.specialty(), start.level())
                .orElse(null);
        if (own == null && delegation == null) {
            throw new CampaignStartException(SPECIALTY.name(), PathRules.noCommittee(notice, start.series(),
                    start.specialty(), start.level()));
        }
        Committee committee = delegation == null ? own : delegatedCommittee(notice, own, delegation);
        COMMITTEE_GROUP.put(variables, RoleGroups.committee(committee.code()));
        EXPERT_GROUP.put(variables, RoleGroups.experts(committee.code()));
        CommitteeVoteProcess.EXPERT_USER_IDS.put(variables, String.join(",", organisations.expertIds(committee)));
        DELEGATED_EVALUATION.put(variables, delegation != null);
        if (delegation != null) {
            DELEGATED_TO_COMMITTEE.put(variables, committee.code());
            DELEGATION_LETTER_ATTACHMENT_ID.put(variables, delegation.letterAttachmentId());
            DELEGATION_NOTE.put(variables, "委托评审：由" + committee.name() + "评审（委托评审函已上传）");
        }
    }

    private Committee delegatedCommittee(NoticeDefinition notice, Committee own, EvaluationDelegation delegation) {
        if (isBlank(delegation.letterAttachmentId())) {
            throw new CampaignStartException(DELEGATION_LETTER_ATTACHMENT_ID.name(), PathRules.LETTER_MISSING);
        }
        if (isBlank(delegation.committeeCode())) {
            throw new CampaignStartException(DELEGATED_TO_COMMITTEE.name(), PathRules.COMMITTEE_MISSING);
        }
        Committee committee = organisations.committee(delegation.committeeCode())
                .orElseThrow(() -> new CampaignStartException(DELEGATED_TO_COMMITTEE.name(),
                        PathRules.committeeUnknown(delegation.committeeCode())));
        PathRules.delegationRefused(notice, own, committee).ifPresent(message -> {
            throw new CampaignStartException(DELEGATED_TO_COMMITTEE.name(), message);
        });
        return committee;
    }

    private static void checkDirectRecognition(NoticeDefinition notice, Level level, DirectRecognitionFacts facts) {
        PathRules.directRecognitionRefused(notice).ifPresent(message -> {
            throw new CampaignStartException(NOTICE_ID.name(), message);
        });
        if (facts.currentLevel() == null) {
            throw new CampaignStartException(CURRENT_LEVEL.name(), "直接认定须填写现职称级别");
        }
        if (facts.villageWorkYears() == null || facts.villageWorkYears() < 0) {
            throw new CampaignStartException(VILLAGE_WORK_YEARS.name(),
                    "直接认定须填写取得现职称后连续参加“访惠聚”驻村等基层服务工作的年数（0 或以上）");
        }
        if (facts.villageWorkExcellentYears() == null || facts.villageWorkExcellentYears() < 0) {
            throw new CampaignStartException(VILLAGE_WORK_EXCELLENT_YEARS.name(), "直接认定须填写驻村期间连续考核优秀的年数（0 或以上）");
        }
        if (facts.villageWorkExcellentYears() > facts.villageWorkYears()) {
            throw new CampaignStartException(VILLAGE_WORK_EXCELLENT_YEARS.name(), "连续考核优秀年数（" + facts.villageWorkExcellentYears()
                    + "）不能多于连续驻村年数（" + facts.villageWorkYears() + "）");
        }
        if (facts.examFilledSpecialty() == null) {
            throw new CampaignStartException(EXAM_FILLED_SPECIALTY.name(), "直接认定须说明申报专业是否以考代评");
        }
        // 正高级 has no next level: the decision table says so with the other reasons
        if (facts.nextLevel() != null) {
            PathRules.nextLevelRefused(facts.currentLevel(), level).ifPresent(message -> {
                throw new CampaignStartException(LEVEL.name(), message);
            });
        }
    }

    /**
     * 各地（州、市）人社局: the bureau of the unit's prefecture (the unit's GB/T 2260 region with 00 for the
     * county); units of the autonomous region, and units whose prefecture has no bureau in the directory,
     * are recognised by the notice's bureau.
     */
    private HrBureau recognisingBureau(EmployerUnit unit, HrBureau noticeBureau) {
        return organisations.recognisingBureau(unit, noticeBureau);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
