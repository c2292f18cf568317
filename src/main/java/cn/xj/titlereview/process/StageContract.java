package cn.xj.titlereview.process;

import static cn.xj.titlereview.process.CampaignVariables.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;

/**
 * What a stage process takes from the notice process that calls it and what it gives back: the call activity
 * passes exactly these variables by name ({@code <camunda:in source="x" target="x"/>},
 * {@code <camunda:out source="y" target="y"/>}) and the business key, never {@code variables="all"}: every
 * variable a call copies is written into the stage's and the history's tables and deleted again, so each
 * stage receives what it reads and returns only what the notice process, a later stage or the product needs
 * from the notice's own instance afterwards. {@link #problemsOf(CallActivity)} holds a call to it: the test
 * {@code StageContractTest} for every notice model, the check of a notice file against the deployed models
 * before it is published.
 *
 * <ul>
 *   <li>{@link #inputs()}: read by the stage (expressions, forms, delegates and listeners, task queries by
 *       {@code applicationNo}); each is passed even when the notice process does not hold it (then null).
 *       Every stage gets the application's ids ({@code applicationNo}, {@code noticeId}, {@code level}).</li>
 *   <li>{@link #options()}: switches a notice may pass (by {@code source} or {@code sourceExpression}); absent,
 *       the stage takes its default.</li>
 *   <li>{@link #outputs()}: copied back. An out mapping of a variable the stage did not set writes null into
 *       the notice process, so an output the stage writes only sometimes is also an input when the notice
 *       must keep its earlier value ({@code unitOpinion}, {@code publishedUnitOpinion}).</li>
 * </ul>
 *
 * <p>What stays in the stage is read from the stage's own history: the fee ({@code ApplicationProcessGateway}
 * reads the called instances), the publicity starts, the vote counts and the meeting. A send-back request
 * ({@code sendBackTo}, {@code sendBackReason}) comes back from the stage that sends back and goes into the stage
 * sent back to, which consumes it; the notice keeps the last request, which only the step it names reads and
 * every new send-back overwrites.
 */
public enum StageContract {

    UNIT_REVIEW(UnitReviewProcess.KEY,
            List.of(APPLICATION_NO, NOTICE_ID, LEVEL, SPECIALTY, UNIT_GROUP, APPLICANT_USER_ID, REVIEW_CLOSES_AT,
                    PUBLICITY_WORKING_DAYS, SUBMISSION_LIMIT, FIX_WINDOWS, SUBMISSION_COUNT, UNIT_OPINION,
                    PUBLISHED_UNIT_OPINION, SEND_BACK_TO, SEND_BACK_REASON),
            List.of(COUNT_UNIT_LEVEL_SUBMISSIONS, UNIT_OPINION_TEXT),
            List.of(STAGE_OUTCOME, SUBMISSION_COUNT, UNIT_OPINION, PUBLISHED_UNIT_OPINION)),

    COMPETENT_RECOMMEND(CompetentRecommendProcess.KEY,
            List.of(APPLICATION_NO, NOTICE_ID, LEVEL, SPECIALTY, COMPETENT_GROUP, APPLICANT_USER_ID, REVIEW_CLOSES_AT,
                    SUBMISSION_LIMIT, FIX_WINDOWS, SUBMISSION_COUNT, SEND_BACK_TO, SEND_BACK_REASON),
            List.of(COUNT_UNIT_LEVEL_SUBMISSIONS),
            List.of(STAGE_OUTCOME, SUBMISSION_COUNT, COMPETENT_OPINION, SEND_BACK_TO, SEND_BACK_REASON)),

    COMMITTEE_INTAKE(CommitteeIntakeProcess.KEY,
            List.of(APPLICATION_NO, NOTICE_ID, LEVEL, SPECIALTY, COMMITTEE_GROUP, APPLICANT_USER_ID,
                    COMMITTEE_REVIEW_CLOSES_AT, SUBMISSION_LIMIT, FIX_WINDOWS, SUBMISSION_COUNT, DELEGATED_EVALUATION,
                    DELEGATION_NOTE),
            List.of(FIX_WINDOW_EXPIRY_STATUS),
            List.of(STAGE_OUTCOME, SUBMISSION_COUNT, COMMITTEE_OPINION, SEND_BACK_TO, SEND_BACK_REASON)),

    PAYMENT(PaymentProcess.KEY,
            // the applicant's id and the number: the payment reminder is sent from the stage's execution
            List.of(APPLICATION_NO, NOTICE_ID, LEVEL, APPLICANT_USER_ID, PaymentProcess.PAYMENT_DEADLINE),
            List.of(),
            List.of(STAGE_OUTCOME)),

    PAPER_MATERIALS(PaperMaterialsProcess.KEY,
            List.of(APPLICATION_NO, NOTICE_ID, LEVEL, SPECIALTY, COMMITTEE_GROUP,
                    PaperMaterialsProcess.PAPER_MATERIALS_REQUIRED, PaperMaterialsProcess.PAPER_DEADLINE),
            List.of(),
            List.of(STAGE_OUTCOME)),

    DEFENSE(DefenseProcess.KEY,
            List.of(APPLICATION_NO, NOTICE_ID, LEVEL, SPECIALTY, COMMITTEE_GROUP, DefenseProcess.UNIT_LEVEL,
                    DefenseProcess.VILLAGE_WORK),
            List.of(),
            List.of(STAGE_OUTCOME)),

    /** Blind review: ids, codes and the vote rules only, never the applicant's login. */
    COMMITTEE_VOTE(CommitteeVoteProcess.KEY,
            List.of(APPLICATION_NO, NOTICE_ID, LEVEL, SERIES, SPECIALTY, COMMITTEE_GROUP, EXPERT_GROUP,
                    CommitteeVoteProcess.EXPERT_USER_IDS, CommitteeVoteProcess.VOTE_QUORUM,
                    CommitteeVoteProcess.VOTE_PASS_RATIO, DELEGATED_EVALUATION),
            List.of(),
            List.of(STAGE_OUTCOME)),

    RESULT_PUBLICITY(ResultPublicityProcess.KEY,
            List.of(APPLICATION_NO, NOTICE_ID, LEVEL, SPECIALTY, COMMITTEE_GROUP, PUBLICITY_WORKING_DAYS,
                    ResultPublicityProcess.RESULT_PUBLICITY_WORKING_DAYS),
            List.of(),
            List.of(STAGE_OUTCOME)),

    /**
     * {@code eligibilityReasons}: the basis of a direct recognition, shown on the bureau's form. The certificate
     * number is the application's result: set only on confirmation, when the notice holds none yet.
     */
    HR_CONFIRM(HrConfirmProcess.KEY,
            List.of(APPLICATION_NO, NOTICE_ID, LEVEL, SPECIALTY, HRB_GROUP, ELIGIBILITY_REASONS),
            List.of(),
            List.of(STAGE_OUTCOME, HrConfirmProcess.CERTIFICATE_NO));

    private final String processKey;
    private final List<ProcessVariable<?>> inputs;
    private final List<ProcessVariable<?>> options;
    private final List<ProcessVariable<?>> outputs;
    private final Set<String> inputNames;
    private final Set<String> optionNames;
    private final Set<String> outputNames;

    StageContract(String processKey, List<ProcessVariable<?>> inputs, List<ProcessVariable<?>> options,
                  List<ProcessVariable<?>> outputs) {
        this.processKey = processKey;
        this.inputs = inputs;
        this.options = options;
        this.outputs = outputs;
        this.inputNames = names(inputs);
        this.optionNames = names(options);
        this.outputNames = names(outputs);
    }

    /** The stage's process id, the {@code calledElement} of the call activities. */
    public String processKey() {
        return processKey;
    }

    /** Passed into every call of the stage. */
    public List<ProcessVariable<?>> inputs() {
        return inputs;
    }

    /** May be passed into a call (a notice's switch); the stage has a default. */
    public List<ProcessVariable<?>> options() {
        return options;
    }

    /** Copied back into the notice process when the stage ends. */
    public List<ProcessVariable<?>> outputs() {
        return outputs;
    }

    public Set<String> inputNames() {
        return inputNames;
    }

    public Set<String> optionNames() {
        return optionNames;
    }

    public Set<String> outputNames() {
        return outputNames;
    }

    /** The contract of the stage with that process id, if it is a stage. */
    public static Optional<StageContract> of(String processKey) {
        return Arrays.stream(values()).filter(contract -> contract.processKey.equals(processKey)).findFirst();
    }

    /**
     * What a call of this stage does not pass as agreed, one Chinese sentence each naming the variable (empty when
     * it keeps the contract).
     */
    public List<String> problemsOf(CallActivity call) {
        List<String> problems = new ArrayList<>();
        List<CamundaIn> ins = call.getExtensionElements() == null ? List.of()
                : call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list();
        List<CamundaOut> outs = call.getExtensionElements() == null ? List.of()
                : call.getExtensionElements().getElementsQuery().filterByType(CamundaOut.class).list();
        boolean businessKey = false;
        Set<String> passed = new LinkedHashSet<>();
        for (CamundaIn in : ins) {
            if (in.getCamundaBusinessKey() != null) {
                businessKey = true;
            } else if (in.getCamundaVariables() != null) {
                problems.add("不得使用 <camunda:in variables=\"all\"/>，请按名称传入 " + inputNames());
            } else {
                String target = in.getCamundaTarget();
                if (!passed.add(target)) {
                    problems.add("输入 " + target + " 重复");
                }
                if (in.getCamundaSource() != null && !in.getCamundaSource().equals(target)) {
                    problems.add("输入 " + in.getCamundaSource() + " 须以同名传入（target=\"" + in.getCamundaSource() + "\"）");
                } else if (in.getCamundaSource() != null && !inputNames().contains(target)
                        && !optionNames().contains(target)) {
                    problems.add("阶段不读取变量 " + target + "，请删除该输入（或在 StageContract 中登记）");
                } else if (in.getCamundaSource() == null && !optionNames().contains(target)) {
                    problems.add("输入 " + target + " 不是阶段的可选开关 " + optionNames() + "，阶段的输入须以 source 同名传入");
                }
            }
        }
        if (!businessKey) {
            problems.add("缺少 <camunda:in businessKey=\"#{execution.processBusinessKey}\"/>");
        }
        for (String input : inputNames()) {
            if (!passed.contains(input)) {
                problems.add("缺少输入 <camunda:in source=\"" + input + "\" target=\"" + input + "\"/>");
            }
        }
        Set<String> returned = new LinkedHashSet<>();
        for (CamundaOut out : outs) {
            if (out.getCamundaVariables() != null) {
                problems.add("不得使用 <camunda:out variables=\"all\"/>，请按名称传回 " + outputNames());
                continue;
            }
            String target = out.getCamundaTarget();
            if (!returned.add(target)) {
                problems.add("输出 " + target + " 重复");
            }
            if (out.getCamundaSource() == null || !out.getCamundaSource().equals(target)) {
                problems.add("输出 " + target + " 须以同名传回（source=\"" + target + "\"）");
            } else if (!outputNames().contains(target)) {
                problems.add("阶段输出不含 " + target + "，请删除该输出（阶段未设置的变量会以 null 覆盖通知流程中的值）");
            }
        }
        for (String output : outputNames()) {
            if (!returned.contains(output)) {
                problems.add("缺少输出 <camunda:out source=\"" + output + "\" target=\"" + output + "\"/>");
            }
        }
        return problems;
    }

    private static Set<String> names(List<ProcessVariable<?>> variables) {
        Set<String> names = variables.stream().map(ProcessVariable::name)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return Collections.unmodifiableSet(names);
    }
}
