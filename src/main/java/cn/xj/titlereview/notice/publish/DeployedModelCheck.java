package cn.xj.titlereview.notice.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.springframework.stereotype.Component;

import cn.xj.titlereview.notice.Level;
import cn.xj.titlereview.notice.NoticeDefinition;
import cn.xj.titlereview.notice.NoticeDefinition.DeclarationEndRequirement;
import cn.xj.titlereview.notice.NoticeDefinition.DirectRecognition;
import cn.xj.titlereview.notice.NoticeDefinition.Window;
import cn.xj.titlereview.notice.NoticeFlow;
import cn.xj.titlereview.notice.process.DirectRecognitionProcess;
import cn.xj.titlereview.process.CampaignVariables;
import cn.xj.titlereview.process.CommitteeVoteProcess;
import cn.xj.titlereview.process.NoticeProcessElements;
import cn.xj.titlereview.process.PaperMaterialsProcess;
import cn.xj.titlereview.process.PaymentProcess;
import cn.xj.titlereview.process.ResultPublicityProcess;
import cn.xj.titlereview.process.StageContract;

/**
 * A notice file against what is deployed in the engine (the latest versions, as an application would start):
 * the notice's process exists; it and the stages it calls have the contract's user tasks for the notice's
 * flow; its calls pass the stages' variables by name ({@link StageContract}); every deadline or threshold
 * variable they read is one the notice file provides; and the decision tables the stages evaluate are
 * deployed and know the notice (the fee table answers the file's fee for every level). Each problem names the
 * notice file's field and the rule, in Chinese.
 */
@Component
class DeployedModelCheck {

    static final String FEE_DECISION = "fee";
    static final String DEFENSE_DECISION = "defense-required";

    private final RepositoryService repositoryService;
    private final DecisionService decisionService;

    DeployedModelCheck(RepositoryService repositoryService, DecisionService decisionService) {
        this.repositoryService = repositoryService;
        this.decisionService = decisionService;
    }

    /** Problems as (field, rule, message); empty when the deployed models fit the file. */
    List<NoticeProblem> check(String file, NoticeDefinition notice) {
        List<NoticeProblem> problems = new ArrayList<>();
        String key = notice.id();
        BpmnModelInstance model = latestModel(key);
        if (model == null) {
            problems.add(new NoticeProblem(file, "id", "流程已部署",
                    "引擎中没有流程标识为“" + key + "”的流程：请先用 Camunda Modeler 部署 " + key + ".bpmn（流程 id 即通知 id）"));
            return problems;
        }
        // the notice's model and the stages it calls (one level down, as the notices are modelled)
        Map<String, BpmnModelInstance> models = new LinkedHashMap<>();
        models.put(key, model);
        for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
            String called = call.getCalledElement();
            if (called == null || called.contains("${")) {
                continue;
            }
            // the call passes the stage's variables by name (a deployed model drawn without them would run short)
            StageContract.of(called).ifPresent(contract -> contract.problemsOf(call).forEach(problem ->
                    problems.add(new NoticeProblem(file, "id", "调用活动按约定传递变量",
                            "流程“" + key + "”的调用活动“" + call.getId() + "”（" + called + "）：" + problem))));
            if (models.containsKey(called)) {
                continue;
            }
            BpmnModelInstance stage = latestModel(called);
            if (stage == null) {
                problems.add(new NoticeProblem(file, "id", "调用的环节已部署",
                        "流程“" + key + "”的调用活动“" + call.getId() + "”调用的流程“" + called + "”未部署"));
            } else {
                models.put(called, stage);
            }
        }
        Set<String> tasks = new LinkedHashSet<>();
        StringBuilder xml = new StringBuilder();
        models.values().forEach(m -> {
            m.getModelElementsByType(UserTask.class).forEach(t -> tasks.add(t.getId()));
            xml.append(Bpmn.convertToString(m));
        });
        tasks(file, notice, key, tasks, problems);
        variables(file, notice, key, xml.toString(), problems);
        boolean paymentStage = models.containsKey(NoticeProcessElements.STAGE_PAYMENT);
        if (notice.flow() == NoticeFlow.TITLE_REVIEW && !notice.fees().perLevel().isEmpty() && !paymentStage) {
            problems.add(new NoticeProblem(file, "fees", "流程有缴费环节",
                    "通知规定了评审费，流程“" + key + "”却没有调用缴费环节 " + NoticeProcessElements.STAGE_PAYMENT));
        }
        if (references(xml, FEE_DECISION)) {
            fees(file, notice, problems);
        }
        if (references(xml, DEFENSE_DECISION)) {
            knowsNotice(file, notice, DEFENSE_DECISION, "defense", problems);
        }
        if (notice.specialPolicies().stream().anyMatch(DirectRecognition.class::isInstance)) {
            String path = key + DirectRecognitionProcess.KEY_SUFFIX;
            if (latestModel(path) == null) {
                problems.add(new NoticeProblem(file, "specialPolicies", "直接认定流程已部署",
                        "通知有直接认定（DIRECT_RECOGNITION），引擎中却没有流程“" + path + "”"));
            }
            if (latestDecision(DirectRecognitionProcess.ELIGIBILITY_DECISION) == null) {
                problems.add(new NoticeProblem(file, "specialPolicies", "决策表已部署",
                        "直接认定所需的决策表“" + DirectRecognitionProcess.ELIGIBILITY_DECISION + "”未部署"));
            }
        }
        return problems;
    }

    private static void tasks(String file, NoticeDefinition notice, String key, Set<String> tasks,
                              List<NoticeProblem> problems) {
        List<String> required = new ArrayList<>(List.of("unit_review", "competent_recommend", "hr_confirm"));
        if (notice.flow() == NoticeFlow.TITLE_REVIEW) {
            required.addAll(List.of("committee_intake", "expert_vote"));
            if (notice.paperMaterials() != null && !notice.paperMaterials().items().isEmpty()) {
                required.add("committee_paper_received");
            }
        } else {
            for (String committeeTask : List.of("committee_intake", "expert_vote")) {
                if (tasks.contains(committeeTask)) {
                    problems.add(new NoticeProblem(file, "flow", "与流程一致",
                            "通知为" + notice.flow().label() + "（无评审委员会），流程“" + key + "”却有评委会任务“" + committeeTask + "”"));
                }
            }
        }
        for (String task : required) {
            if (!tasks.contains(task)) {
                problems.add(new NoticeProblem(file, "flow", "流程含约定任务",
                        "流程“" + key + "”及其调用的环节中没有约定的用户任务“" + task + "”（" + notice.flow().label() + "所需）"));
            }
        }
    }

    /** A deadline or threshold the models read must come from the file; the field that provides it. */
    private static void variables(String file, NoticeDefinition notice, String key, String xml,
                                  List<NoticeProblem> problems) {
        Map<String, String[]> provided = new LinkedHashMap<>();
        boolean committeeReceipt = notice.submission() != null
                && notice.submission().declarationEndRequires() == DeclarationEndRequirement.COMMITTEE_RECEIVED;
        provided.put(CampaignVariables.DECLARATION_CLOSES_AT.name(), new String[] {committeeReceipt ? "y" : null,
                "submission.declarationEndRequires", "须为 COMMITTEE_RECEIVED（流程在申报截止时检查材料是否已送达评委会）"});
        provided.put(PaymentProcess.PAYMENT_DEADLINE.name(), new String[] {ended(notice.windows() == null ? null
                : notice.windows().payment()), "windows.payment.end", "须有缴费截止时间"});
        boolean paper = notice.paperMaterials() != null && !notice.paperMaterials().items().isEmpty();
        provided.put(PaperMaterialsProcess.PAPER_DEADLINE.name(), new String[] {paper && notice.windows() != null
                ? ended(notice.windows().paperMaterials()) : null, "windows.paperMaterials.end", "须有纸质材料报送截止时间"});
        provided.put(CommitteeVoteProcess.VOTE_QUORUM.name(), new String[] {notice.vote() == null ? null : "y",
                "vote.quorum", "须有表决的到会比例"});
        provided.put(CommitteeVoteProcess.VOTE_PASS_RATIO.name(), new String[] {notice.vote() == null ? null : "y",
                "vote.passRatio", "须有表决的通过比例"});
        provided.put(ResultPublicityProcess.RESULT_PUBLICITY_WORKING_DAYS.name(), new String[] {
                notice.publicity() == null || notice.publicity().result() == null ? null : "y",
                "publicity.result", "须有评审结果公示的工作日数"});
        for (Map.Entry<String, String[]> entry : provided.entrySet()) {
            if (entry.getValue()[0] == null && references(xml, entry.getKey())) {
                problems.add(new NoticeProblem(file, entry.getValue()[1], "提供流程变量",
                        "流程“" + key + "”（或其调用的环节）读取变量 " + entry.getKey() + "，通知文件" + entry.getValue()[2]));
            }
        }
    }

    private static String ended(Window window) {
        return window == null || window.end() == null ? null : "y";
    }

    private void fees(String file, NoticeDefinition notice, List<NoticeProblem> problems) {
        DecisionDefinition fee = latestDecision(FEE_DECISION);
        if (fee == null) {
            problems.add(new NoticeProblem(file, "fees", "决策表已部署", "缴费环节所需的决策表“" + FEE_DECISION + "”未部署"));
            return;
        }
        for (Level level : notice.levels()) {
            Integer expected = notice.fees() == null ? null : notice.fees().perLevel().get(level);
            Object actual;
            try {
                var result = decisionService.evaluateDecisionTableById(fee.getId())
                        .variables(Map.of("noticeId", notice.id(), "level", level.name())).evaluate();
                actual = result.isEmpty() ? null : result.getSingleResult().getSingleEntry();
            } catch (RuntimeException e) {
                problems.add(new NoticeProblem(file, "fees.perLevel." + level, "与决策表一致",
                        "决策表“" + FEE_DECISION + "”（版本 " + fee.getVersion() + "）对通知“" + notice.id() + "”的"
                                + level.label() + "求值失败：" + e.getMessage()));
                continue;
            }
            if (actual == null) {
                problems.add(new NoticeProblem(file, "fees.perLevel." + level, "与决策表一致",
                        "决策表“" + FEE_DECISION + "”（版本 " + fee.getVersion() + "）对通知“" + notice.id() + "”的"
                                + level.label() + "没有结果：请在 Modeler 中为其添加规则并部署"));
            } else if (expected == null || ((Number) actual).intValue() != expected) {
                problems.add(new NoticeProblem(file, "fees.perLevel." + level, "与决策表一致",
                        "通知文件的" + level.label() + "评审费为 " + expected + " 元，决策表“" + FEE_DECISION + "”（版本 "
                                + fee.getVersion() + "）为 " + actual + " 元"));
            }
        }
    }

    private void knowsNotice(String file, NoticeDefinition notice, String decisionKey, String field,
                             List<NoticeProblem> problems) {
        DecisionDefinition decision = latestDecision(decisionKey);
        if (decision == null) {
            problems.add(new NoticeProblem(file, field, "决策表已部署", "流程所需的决策表“" + decisionKey + "”未部署"));
            return;
        }
        DmnModelInstance dmn = repositoryService.getDmnModelInstance(decision.getId());
        String quoted = "\"" + notice.id() + "\"";
        boolean known = dmn.getModelElementsByType(InputEntry.class).stream()
                .anyMatch(entry -> entry.getText() != null && entry.getText().getTextContent().contains(quoted));
        if (!known) {
            problems.add(new NoticeProblem(file, field, "决策表含本通知",
                    "决策表“" + decisionKey + "”（版本 " + decision.getVersion() + "）没有通知“" + notice.id()
                            + "”的规则：请在 Modeler 中为其添加规则并部署"));
        }
    }

    private static boolean references(CharSequence xml, String name) {
        return Pattern.compile("(?<![A-Za-z0-9_-])" + Pattern.quote(name) + "(?![A-Za-z0-9_-])").matcher(xml).find();
    }

    private BpmnModelInstance latestModel(String key) {
        ProcessDefinition definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
                .latestVersion().withoutTenantId().singleResult();
        return definition == null ? null : repositoryService.getBpmnModelInstance(definition.getId());
    }

    private DecisionDefinition latestDecision(String key) {
        return repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(key).latestVersion()
                .withoutTenantId().singleResult();
    }
}
