package cn.xj.titlereview.application;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.xj.titlereview.calendar.ProductClock;
import cn.xj.titlereview.campaign.ApplicationProcessStart;
import cn.xj.titlereview.campaign.CampaignProcessService;
import cn.xj.titlereview.declaration.ApplicationContent;
import cn.xj.titlereview.declaration.Situation;

/**
 * Starts a notice process the way a submission does: first the declared application (the row the
 * pre-check reads) with the notice, series, specialty, level, unit and applicant of the start, marked
 * submitted once, then the process through {@link CampaignProcessService#start} with the test's own
 * facts, delegation or direct recognition, and the process instance recorded on the application.
 *
 * <p>The declaration carries only what the start names: the pre-check finds nothing final in it (the
 * missing sections are problems the applicant could fix, which submission refuses before a process
 * starts), so the process goes on as the test's start says. An application number already recorded
 * (a test starting the same number twice) is reused. A process started without this helper stops at
 * the pre-check with an incident (see {@code EligibilityPreCheckDelegate}).
 */
public final class DeclaredStarts {

    /** The helper on the beans of a test's context. */
    public static DeclaredStarts in(ApplicationContext context) {
        return new DeclaredStarts(context);
    }

    private final ApplicationRepository applications;
    private final CampaignProcessService campaigns;
    private final TransactionTemplate inTransaction;

    public DeclaredStarts(ApplicationContext context) {
        this(context.getBean(ApplicationRepository.class), context.getBean(CampaignProcessService.class),
                context.getBean(PlatformTransactionManager.class));
    }

    public DeclaredStarts(ApplicationRepository applications, CampaignProcessService campaigns,
                          PlatformTransactionManager transactionManager) {
        this.applications = applications;
        this.campaigns = campaigns;
        this.inTransaction = new TransactionTemplate(transactionManager);
    }

    /** Records the declared application, then starts its process; the process instance. */
    public ProcessInstance start(ApplicationProcessStart start) {
        return inTransaction.execute(status -> {
            Application application = declare(start);
            ProcessInstance instance = campaigns.start(start);
            application.processStarted(instance.getId());
            applications.saveAndFlush(application);
            return instance;
        });
    }

    /** The declared, submitted application of the start (or the one already recorded under its number). */
    public Application declare(ApplicationProcessStart start) {
        return inTransaction.execute(status -> applications.findByNo(start.applicationNo()).orElseGet(() -> {
            java.time.Instant now = ProductClock.now();
            Application application = new Application(start.applicationNo(), start.applicantUserId(), now);
            application.replaceContent(content(start), now);
            application.submitted(ApplicationStatus.SUBMITTED, now);
            return applications.saveAndFlush(application);
        }));
    }

    /**
     * What the start names, as the applicant declares it: the path too (a delegation letter's committee, a
     * request for direct recognition), since the pre-check's scope depends on it.
     */
    private static ApplicationContent content(ApplicationProcessStart start) {
        Boolean delegated = start.delegation() == null ? null : true;
        String committee = start.delegation() == null ? null : start.delegation().committeeCode();
        Boolean direct = start.directRecognition() == null ? null : true;
        Situation situation = new Situation(null, null, delegated, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, direct, null, null, committee);
        return new ApplicationContent(start.noticeId(), start.series(), start.specialty(), "无", start.level(),
                "测试申报人", null, null, null, null, start.unitCode(), null, null, situation, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
