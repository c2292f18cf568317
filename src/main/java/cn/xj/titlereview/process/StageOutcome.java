package cn.xj.titlereview.process;

/**
 * The contract between a notice process and the stage processes it calls.
 *
 * <p>Every stage process ({@code stage-*}) ends by writing {@code stageOutcome}:
 * <ul>
 *   <li>{@value #CONTINUE}: the stage passed, the notice goes on to its next stage;</li>
 *   <li>{@value #SENT_BACK}: sent back to the earlier stage (退回上一环节), which the notice process calls again;</li>
 *   <li>{@value #APPROVED}: only from the last stage ({@code stage-hr-confirm}): the title is confirmed;</li>
 *   <li>otherwise the name of a {@link FinalStatus} ({@code REJECTED}, {@code NOT_ACCEPTED},
 *       {@code ABANDONED}, {@code UNPAID}, ...): the application ends with that status. The stage then
 *       also writes {@code finalStatus} with the same value.</li>
 * </ul>
 * Call activities pass the variables of the stage's {@link StageContract} by name and the business key;
 * {@code stageOutcome} is an output of every stage, so it reaches the notice process, whose gateway after the
 * call activity routes on it (the notice's own end events record {@code finalStatus}). Stage end events declare their outcome as an extension property ({@code stageOutcome}) that
 * {@link RecordOutcomeListener} writes; notice end events declare {@code finalStatus} the same way.
 */
public final class StageOutcome {

    public static final String CONTINUE = "CONTINUE";
    /**
     * 退回上一环节: the stage's office sent the application back to the office of the earlier stage
     * ({@code sendBackTo}); the notice process calls that stage again. Not a final status.
     */
    public static final String SENT_BACK = "SENT_BACK";
    /** The outcome of the confirming (last) stage when the title is confirmed. */
    public static final String APPROVED = "APPROVED";

    /** Extension property of an end event: the stage outcome it records. */
    public static final String STAGE_OUTCOME_PROPERTY = "stageOutcome";
    /** Extension property of an end event: the final status it records. */
    public static final String FINAL_STATUS_PROPERTY = "finalStatus";

    private StageOutcome() {
    }

    /** Validates an outcome value: {@code CONTINUE} or a final status. */
    public static String checked(String outcome) {
        if (CONTINUE.equals(outcome) || SENT_BACK.equals(outcome)) {
            return outcome;
        }
        return FinalStatus.valueOf(outcome).name();
    }
}
