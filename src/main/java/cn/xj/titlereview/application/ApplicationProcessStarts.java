package cn.xj.titlereview.application;

import cn.xj.titlereview.campaign.ApplicationProcessStart;
import cn.xj.titlereview.declaration.DeclarationFacts;

/**
 * An application as the campaign's process start sees it: ids, codes and yes/no facts only. For a gateway that starts through
 * {@link cn.xj.titlereview.campaign.CampaignProcessService#start}.
 */
public final class ApplicationProcessStarts {

    private ApplicationProcessStarts() {
    }

    public static ApplicationProcessStart of(Application application) {
        return new ApplicationProcessStart(application.applicationNo(), application.noticeId(),
                application.level(),
                application.series(), application.specialty(), application.employerUnitCode(),
                application.applicantUserId(), DeclarationFacts.of(application.content()));
    }
}
