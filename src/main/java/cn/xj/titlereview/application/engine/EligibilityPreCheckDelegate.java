package cn.xj.titlereview.application.engine;

import static cn.xj.titlereview.process.CampaignVariables.ELIGIBILITY_REASONS;
import static cn.xj.titlereview.process.CampaignVariables.ELIGIBLE;

import java.time.LocalDate;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
 * <p>A process whose business key names no application (started directly through the engine, as
 * simulations do) has no declared data to check: it passes, and the reason says so.
 */
@Component("eligibilityPreCheck")
class EligibilityPreCheckDelegate implements JavaDelegate {

    static final String NOT_DECLARED = "无申报记录（流程不是由申报提交启动的），未审查申报条件";

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

    @Override
    public void execute(DelegateExecution execution) {
        String applicationNo = ProcessVariables.applicationNo(execution, execution.getProcessBusinessKey());
        Application application = applicationNo == null ? null : applications.findByNo(applicationNo).orElse(null);
        if (application == null) {
            log.warn("流程中的申报编号 {} 没有对应的申报记录，未审查申报条件", applicationNo);
            ELIGIBLE.set(execution, true);
            ELIGIBILITY_REASONS.set(execution, NOT_DECLARED);
            return;
        }
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
