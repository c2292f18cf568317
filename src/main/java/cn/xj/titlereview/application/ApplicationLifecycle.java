package cn.xj.titlereview.application;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.xj.titlereview.calendar.ProductClock;

/**
 * What the process tells the application module (through the listeners of this package or
 * directly): decisions taken on the current submitted version, a return for revision, the end
 * with its final status. Runs in the engine's transaction.
 *
 * <p>A process whose business key names no application (started directly through the engine, as
 * simulations and process tests do) is left alone, with a warning.
 */
@Service
@Transactional
public class ApplicationLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ApplicationLifecycle.class);
    static final String INELIGIBLE = "INELIGIBLE";

    private final ApplicationRepository applications;
    private final ApplicationDecisionRepository decisions;
    private final ObjectMapper json;

    ApplicationLifecycle(ApplicationRepository applications, ApplicationDecisionRepository decisions,
                         ObjectMapper json) {
        this.applications = applications;
        this.decisions = decisions;
        this.json = json;
    }

    /** Records a decision on the latest submitted version (version 0 if none was submitted yet). */
    public void recordDecision(String applicationNo, String taskKey, String decision, String comment,
                               List<String> returnReasons, String actor) {
        Application application = find(applicationNo);
        if (application == null) {
            return;
        }
        String reasons;
        try {
            reasons = returnReasons == null || returnReasons.isEmpty() ? null : json.writeValueAsString(returnReasons);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        decisions.save(new ApplicationDecision(applicationNo, application.submissionCount(), taskKey,
                decision == null ? "UNKNOWN" : decision, comment, reasons, actor,
                ProductClock.now()));
    }

    /**
     * The reasons an application is ineligible, on its decision history once per submitted version:
     * nothing when a decision INELIGIBLE is already recorded for it (the pre-check records its own).
     */
    public void recordIneligibility(String applicationNo, String activityId, List<String> reasons) {
        Application application = find(applicationNo);
        if (application == null || reasons.isEmpty()) {
            return;
        }
        boolean recorded = decisions.history(applicationNo).stream()
                .anyMatch(d -> d.snapshotVersion() == application.submissionCount() && INELIGIBLE.equals(d.decision()));
        if (!recorded) {
            recordDecision(applicationNo, activityId, INELIGIBLE, "不符合申报条件", reasons, "系统审查");
        }
    }

    /** The applicant may revise again ({@code applicant_revise} created). */
    public void markReturned(String applicationNo) {
        Application application = find(applicationNo);
        if (application != null && application.status() == ApplicationStatus.SUBMITTED) {
            application.changeStatus(ApplicationStatus.RETURNED, ProductClock.now());
        }
    }

    /** The process ended with one of the final statuses of the contract. */
    public void markFinished(String applicationNo, ApplicationStatus finalStatus) {
        if (!finalStatus.isFinal()) {
            throw new IllegalArgumentException("不是最终状态：" + finalStatus);
        }
        Application application = find(applicationNo);
        if (application == null) {
            return;
        }
        application.changeStatus(finalStatus, ProductClock.now());
        log.info("申报 {} 结束：{}", applicationNo, finalStatus.label());
    }

    private Application find(String applicationNo) {
        Application application = applicationNo == null ? null : applications.findByNo(applicationNo).orElse(null);
        if (application == null) {
            log.warn("流程中的申报编号 {} 没有对应的申报记录，未记录", applicationNo);
        }
        return application;
    }
}
