package cn.xj.titlereview.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

import cn.xj.titlereview.application.ApplicationAccess.Reach;
import cn.xj.titlereview.identity.Directory;
import cn.xj.titlereview.identity.OrganisationDirectory;
import cn.xj.titlereview.identity.OrganisationsFile;
import cn.xj.titlereview.security.ApiUser;

/**
 * Who reads an application: the groups its process routes to, or before any process the
 * organisation directory's for its unit and notice; never a role as such.
 */
class ApplicationAccessTest {

    static final String SENIOR = "notice-2024-xj-senior-five-series";
    static final String NONFERROUS = "notice-2021-xj-nonferrous";

    final OrganisationDirectory directory = OrganisationDirectory.fixed(
            Directory.of(OrganisationsFile.read(new DefaultResourceLoader(), OrganisationsFile.DEMO)));

    @Test
    void beforeAnyProcessTheDirectoryNamesTheUnitsCompetentDepartmentAndTheNoticesCommitteeAndBureau() {
        ApplicationAccess access = access(Optional.empty());
        Application application = application(SENIOR, ApplicationStatus.SUBMITTED, null);

        assertThat(reach(access, application, "dwxj01", "unit650100001")).isEqualTo(new Reach(true, false, true));
        assertThat(reach(access, application, "zgxj01", "competent650100")).isEqualTo(new Reach(true, false, true));
        assertThat(reach(access, application, "pwxj01", "committee650101")).isEqualTo(new Reach(true, true, true));
        assertThat(reach(access, application, "hrbxj01", "hrb650000")).isEqualTo(new Reach(true, true, true));
        assertThat(reach(access, application, "zjxj01", "expert650101")).isEqualTo(new Reach(false, false, true));
        assertThat(reach(access, application, "jdxj01", "supervisor")).isEqualTo(new Reach(true, false, true));

        for (String[] other : new String[][] {{"dwaks01", "unit652900001"}, {"zgaks01", "competent652901"},
                {"pwys01", "committee650201"}, {"pwaks01", "committee652901"}, {"hrbaks01", "hrb652900"},
                {"zjys01", "expert650201"}, {"sbys01", "applicant"}}) {
            assertThat(reach(access, application, other[0], other[1])).as(other[0]).isEqualTo(Reach.NOTHING);
        }
    }

    @Test
    void theProcessDecidesOnceItRuns() {
        // a non-ferrous application delegated to the senior committee: the process names that committee
        ProcessRouting delegated = new ProcessRouting("unit650100001", "competent650100", "committee650101",
                "hrb650000", "expert650101");
        ApplicationAccess access = access(Optional.of(delegated));
        Application application = application(NONFERROUS, ApplicationStatus.SUBMITTED, "instance-1");

        assertThat(reach(access, application, "pwxj01", "committee650101").idNumber()).isTrue();
        assertThat(reach(access, application, "zjxj01", "expert650101").blindView()).isTrue();
        assertThat(reach(access, application, "pwys01", "committee650201"))
                .as("the notice's own committee, which the directory would name").isEqualTo(Reach.NOTHING);
        assertThat(reach(access, application, "zjys01", "expert650201")).isEqualTo(Reach.NOTHING);
    }

    @Test
    void aProcessWithoutACommitteeGivesNoCommitteeAnything() {
        // direct recognition: unit, competent department and the recognising bureau only
        ProcessRouting direct = new ProcessRouting("unit650100001", "competent650100", null, "hrb650000", null);
        ApplicationAccess access = access(Optional.of(direct));
        Application application = application(NONFERROUS, ApplicationStatus.APPROVED, "instance-2");

        assertThat(reach(access, application, "hrbxj01", "hrb650000")).isEqualTo(new Reach(true, true, true));
        assertThat(reach(access, application, "dwxj01", "unit650100001").details()).isTrue();
        assertThat(reach(access, application, "pwys01", "committee650201")).isEqualTo(Reach.NOTHING);
        assertThat(reach(access, application, "zjys01", "expert650201")).isEqualTo(Reach.NOTHING);
    }

    @Test
    void aDraftIsTheApplicantsAlone() {
        ApplicationAccess access = access(Optional.empty());
        Application draft = application(SENIOR, ApplicationStatus.DRAFT, null);

        assertThat(reach(access, draft, "sbxj01", "applicant")).isEqualTo(Reach.OWNER);
        assertThat(reach(access, draft, "dwxj01", "unit650100001")).isEqualTo(Reach.NOTHING);
        assertThat(reach(access, draft, "admin", "camunda-admin")).isEqualTo(Reach.NOTHING);
    }

    private ApplicationAccess access(Optional<ProcessRouting> routing) {
        ProcessRoutings processRoutings = mock(ProcessRoutings.class);
        when(processRoutings.of(org.mockito.ArgumentMatchers.any())).thenReturn(routing);
        return new ApplicationAccess(null, directory, processRoutings, null);
    }

    private static Application application(String noticeId, ApplicationStatus status, String processInstanceId) {
        Application application = mock(Application.class);
        when(application.applicantUserId()).thenReturn("sbxj01");
        when(application.noticeId()).thenReturn(noticeId);
        when(application.employerUnitCode()).thenReturn("650100001");
        when(application.status()).thenReturn(status);
        when(application.processInstanceId()).thenReturn(processInstanceId);
        return application;
    }

    private static Reach reach(ApplicationAccess access, Application application, String user, String group) {
        return access.reach(application, new ApiUser(user, Set.of(group)));
    }
}
