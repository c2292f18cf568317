package cn.xj.titlereview.application.engine;

import static cn.xj.titlereview.process.CampaignVariables.ELIGIBILITY_REASONS;
import static cn.xj.titlereview.process.CampaignVariables.ELIGIBLE;

import java.time.LocalDate;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.bpmn.behavior.AbstractBpmnActivityBehavior;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.delegate.ActivityExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.xj.titlereview.application.Application;
import cn.xj.titlereview.application.ApplicationEligibility;
import cn.xj.titlereview.application.ApplicationLifecycle;
import cn.xj.titlereview.application.ApplicationRepository;
import cn.xj.titlereview.calendar.BeijingTime;
import cn.xj.titlereview.eligibility.EligibilityProblem;
import cn.xj.titlereview.eligibility.EligibilityReport;

/**
 * The service task {@code check_eligibility} of every notice process
 * ({@code camunda:delegateExpression="${eligibilityPreCheck}"}): checks the submitted application
 * against the notice's conditions and writes {@code eligible} and {@code eligibilityReasons} (every
 * condition no revision can fix, one per line, with its clause). The gateway after it ends the
 * application INELIGIBLE. Problems the applicant can fix never reach here: submission refuses them.
 *
 * <p>A process whose business key names no application (started directly through the engine, not by
 * a submission) has no declared data to check: it does not pass. The process stops at the task with an
 * incident of type {@value #INCIDENT_TYPE} and a Chinese message, which Cockpit shows on the instance;
 * no task is created after it. Once the application exists, an operator signals the execution
 * (Cockpit or {@code POST /engine-rest/execution/{id}/signal}): the check runs again, the incident is
 * resolved and the process continues; signalled while the application is still missing, the signal
 * is refused and the incident stays.
 */
@Component("eligibilityPreCheck")
class EligibilityPreCheckDelegate extends AbstractBpmnActivityBehavior {

    static final String INCIDENT_TYPE = "applicationMissing";

    private static final Logger log = LoggerFactory.getLogger(EligibilityPreCheckDelegate.class);

    private final ApplicationRepository applications;
    private final ApplicationEligibility eligibility;
    private final ApplicationLifecycle lifecycle;

    EligibilityPreCheckDelegate(ApplicationRepository applications, ApplicationEligibility eligibility,
                                ApplicationLifecycle lifecycle) {
        this.applications = applications;
        this.eligibility = eligibility;
        this.lifecycle = lifecycle;
    }

    /** The incident's message: which application number the process names and what to do. */
    static String missingMessage(String applicationNo) {
        return "审查申报条件失败：流程的申报编号 " + (applicationNo == null ? "（空）" : applicationNo)
                + " 没有对应的申报记录（流程不是由申报提交启动的）。请核对后撤销该流程实例，或补建申报记录后重新触发本环节。";
    }

    @Override
    public void execute(ActivityExecution execution) {
        String applicationNo = applicationNo(execution);
        Application application = find(applicationNo);
        if (application == null) {
            String message = missingMessage(applicationNo);
            log.error("流程实例 {}：{}", execution.getProcessInstanceId(), message);
            execution.createIncident(INCIDENT_TYPE, applicationNo, message);
            return; // waits at the task: nothing after the pre-check happens
        }
        check(execution, applicationNo, application);
        leave(execution);
    }

    /** An operator's retry after the application was recorded: checks again and continues. */
    @Override
    public void signal(ActivityExecution execution, String signalName, Object signalData) {
        String applicationNo = applicationNo(execution);
        Application application = find(applicationNo);
        if (application == null) {
            throw new ProcessEngineException(missingMessage(applicationNo));
        }
        for (Incident incident : ((ExecutionEntity) execution).getIncidents()) {
            if (INCIDENT_TYPE.equals(incident.getIncidentType())) {
                execution.resolveIncident(incident.getId());
            }
        }
        check(execution, applicationNo, application);
        leave(execution);
    }

    private static String applicationNo(ActivityExecution execution) {
        return ProcessVariables.applicationNo(execution, execution.getProcessBusinessKey());
    }

    private Application find(String applicationNo) {
        return applicationNo == null ? null : applications.findByNo(applicationNo).orElse(null);
    }

    private void check(ActivityExecution execution, String applicationNo, Application application) {
        LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), BeijingTime.ZONE);
        EligibilityReport report = eligibility.report(application, today);
        String reasons = report.finalProblems().stream().map(EligibilityProblem::sentence)
                .collect(Collectors.joining("\n"));
        ELIGIBLE.set(execution, report.eligible());
        ELIGIBILITY_REASONS.set(execution, report.eligible() ? "符合申报条件" : reasons);
        if (!report.eligible()) {
            // on the application's decision history, so the applicant reads every reason
            lifecycle.recordDecision(applicationNo, execution.getCurrentActivityId(), "INELIGIBLE", "不符合申报条件",
                    report.finalProblems().stream().map(EligibilityProblem::sentence).toList(), "系统预检");
            log.info("申报 {} 不符合申报条件：{}", applicationNo, reasons.replace('\n', '；'));
        }
    }
}
