package cn.xj.titlereview.process;

/**
 * What a stage process hands back to its notice process in the variable {@code stageOutcome}.
 * {@link #CONTINUE} lets the notice process call its next stage; every other value is the
 * application's final status (only the last stage may answer {@link #APPROVED}).
 */
public enum StageOutcome {
    CONTINUE,
    APPROVED,
    REJECTED,
    NOT_ACCEPTED,
    UNPAID;

    /** Name of the process variable every stage writes on each of its end events. */
    public static final String VARIABLE = "stageOutcome";
}
