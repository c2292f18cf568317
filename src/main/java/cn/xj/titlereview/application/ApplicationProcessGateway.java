package cn.xj.titlereview.application;


/**
 * The application module's only door to the process engine. Called inside the submission's
 * transaction: a failure rolls the submission back (no snapshot, no status change).
 * {@link CamundaApplicationProcessGateway} is the default.
 */
public interface ApplicationProcessGateway {

    /**
     * First submission: starts the notice's process (business key = application number) with ids
     * and codes only as variables, never personal data. Returns the process instance id.
     */
    String startProcess(Application application);

    /** A resubmission after a return: completes the application's {@code applicant_revise} task. */
    void completeRevision(Application application);

    /** True while the application's {@code applicant_revise} task is open (a return inside its fix window). */
    boolean awaitsRevision(Application application);

    /** Current stage and fee, for the applicant's view. */
    ProcessProgress progress(Application application);

    /** The ids of every activity and event of the deployed processes: the values a step filter may name. */
    java.util.Set<String> stepKeys();
}
