package cn.xj.titlereview.process;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.model.bpmn.instance.BaseElement;

/**
 * 退回上一环节: the review steps an office can send an application back to, and which step is the earlier
 * one of a review task. The stage model names it on the user task (extension property {@code sendBackTo});
 * the stage then ends {@link StageOutcome#SENT_BACK} and the notice process calls the earlier stage again
 * (its gateway after the stage routes {@code SENT_BACK} to the call activity of that stage).
 *
 * <ul>
 *   <li>{@code competent_recommend} (主管单位) → {@code unit_review} (用人单位审核);</li>
 *   <li>{@code committee_intake} (评审委员会办事机构) → {@code competent_recommend} (主管单位审核推荐).</li>
 * </ul>
 * A send-back is not a return to the applicant: the submission count and the fix windows stay as they are.
 */
public final class SendBackSteps {

    /** Extension property of a user task: the earlier step (task key) it may send back to. */
    public static final String SEND_BACK_TO_PROPERTY = "sendBackTo";
    public static final int REASON_LENGTH = 1000;

    /** Every review step, in the order of a notice, with its name in Chinese. */
    public static final Map<String, String> STEPS;

    static {
        Map<String, String> steps = new LinkedHashMap<>();
        steps.put(UnitReviewProcess.UNIT_REVIEW, "用人单位审核");
        steps.put(CompetentRecommendProcess.COMPETENT_RECOMMEND, "主管单位审核推荐");
        steps.put(CommitteeIntakeProcess.COMMITTEE_INTAKE, "评审委员会形式审核");
        STEPS = java.util.Collections.unmodifiableMap(steps);
    }

    private SendBackSteps() {
    }

    /** The earlier step a task of this model element may send back to, if any. */
    public static Optional<String> earlierStepOf(BaseElement userTask) {
        return userTask == null ? Optional.empty()
                : ExtensionProperties.find(userTask, SEND_BACK_TO_PROPERTY).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** The Chinese name of a step, or the key itself when unknown. */
    public static String label(String step) {
        String name = STEPS.get(step);
        return name == null ? "“" + step + "”" : "‘" + name + "’";
    }

    /** The refusal of a send-back to a step that is not this task's earlier step. */
    public static String notEarlier(String requested, String earlier) {
        String what = STEPS.containsKey(requested) ? label(requested) + "不是本环节的上一环节"
                : "没有名为“" + requested + "”的审核环节";
        return what + "，本环节只能退回到" + label(earlier) + "（" + earlier + "）";
    }
}
