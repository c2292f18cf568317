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
import cn.xj.titlereview.notice.Level;
import cn.xj.titlereview.security.ApiUser;

/**
 * Who reads an application: the groups its process routes to, or before any process the
 * organisation directory's for its unit and notice; never a role as such.
 */
class ApplicationAccessTest {

    static final String SENIOR = "notice-2024-xj-senior-five-series";
    static final String NONFERROUS = "notice-2021-xj-nonferrous";
    static final String HAMI = "notice-2023-hami-all-series";

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
        assertThat(reach(access, application, "zjxj01", "expert650101"))
                .as("no expert reads an application before a meeting opens its vote").isEqualTo(Reach.NOTHING);
        assertThat(reach(access, application, "jdxj01", "supervisor")).isEqualTo(new Reach(true, false, true));

        for (String[] other : new String[][] {{"dwaks01", "unit652900001"}, {"zgaks01", "competent652901"},
                {"pwys01", "committee650201"}, {"pwaks01", "committee652901"}, {"hrbaks01", "hrb652900"},
                {"zjys01", "expert650201"}, {"sbys01", "applicant"}}) {
            assertThat(reach(access, application, other[0], other[1])).as(other[0]).isEqualTo(Reach.NOTHING);
        }
    }

    @Test
    void beforeAnyProcessTheCommitteeIsTheOneOfTheNoticeThatEvaluatesTheSeriesSpecialtyAndLevel() {
        ApplicationAccess access = access(Optional.empty());
        // Hami: 水利 of 哈密市农业技术推广中心 (competent 650501), 建筑 of 哈密市建筑设计研究院 (competent 650502)
        Application water = application(HAMI, "650500001", "工程系列", "水利工程", Level.INTERMEDIATE);
        Application building = application(HAMI, "650500002", "工程系列", "建筑工程", Level.INTERMEDIATE);

        assertThat(reach(access, water, "pwhm03", "committee650503")).isEqualTo(new Reach(true, true, true));
        assertThat(reach(access, water, "zjhm11", "expert650503")).as("no meeting yet").isEqualTo(Reach.NOTHING);
        assertThat(reach(access, water, "zghm01", "competent650501").details()).isTrue();
        assertThat(reach(access, building, "pwhm02", "committee650502")).isEqualTo(new Reach(true, true, true));
        assertThat(reach(access, building, "zghm02", "competent650502").details()).isTrue();
        for (String[] other : new String[][] {{"pwhm02", "committee650502"}, {"zjhm06", "expert650502"},
                {"pwhm01", "committee650501"}, {"zjhm01", "expert650501"}, {"zghm02", "competent650502"},
                {"dwhm02", "unit650500002"}, {"hrbaks01", "hrb652900"}, {"hrbxj01", "hrb650000"}}) {
            assertThat(reach(access, water, other[0], other[1])).as(other[0]).isEqualTo(Reach.NOTHING);
        }
        for (String[] other : new String[][] {{"pwhm03", "committee650503"}, {"pwhm01", "committee650501"},
                {"zghm01", "competent650501"}, {"dwhm01", "unit650500001"}, {"hrbaks01", "hrb652900"}}) {
            assertThat(reach(access, building, other[0], other[1])).as(other[0]).isEqualTo(Reach.NOTHING);
        }
        assertThat(reach(access, building, "hrbhm01", "hrb650500")).isEqualTo(new Reach(true, true, true));
        // the level decides too: no Hami committee evaluates 建筑工程 at 副高级, so no committee reads it
        Application senior = application(HAMI, "650500002", "工程系列", "建筑工程", Level.SENIOR_DEPUTY);
        assertThat(reach(access, senior, "pwhm02", "committee650502")).isEqualTo(Reach.NOTHING);
        assertThat(reach(access, senior, "pwhm01", "committee650501")).isEqualTo(Reach.NOTHING);
        assertThat(reach(access, senior, "zghm02", "competent650502").details()).isTrue();
    }

    @Test
    void theProcessDecidesOnceItRuns() {
        // a non-ferrous application delegated to the senior committee: the process names that committee
        ProcessRouting delegated = new ProcessRouting("unit650100001", "competent650100", "committee650101",
                "hrb650000", "expert650101", new ProcessRouting.Voters("7", Set.of("zjxj01", "zjxj03")));
        ApplicationAccess access = access(Optional.of(delegated));
        Application application = application(NONFERROUS, ApplicationStatus.SUBMITTED, "instance-1");

        assertThat(reach(access, application, "pwxj01", "committee650101").idNumber()).isTrue();
        assertThat(reach(access, application, "zjxj01", "expert650101")).isEqualTo(new Reach(false, false, true));
        assertThat(reach(access, application, "zjxj03", "expert650101").blindView()).isTrue();
        assertThat(reach(access, application, "zjxj02", "expert650101"))
                .as("an expert of the pool not drawn for the meeting (or stood aside)").isEqualTo(Reach.NOTHING);
        assertThat(reach(access, application, "zjxj01", "expert650201"))
                .as("a voter's id without the committee's expert group").isEqualTo(Reach.NOTHING);
        assertThat(reach(access, application, "pwys01", "committee650201"))
                .as("the notice's own committee, which the directory would name").isEqualTo(Reach.NOTHING);
        assertThat(reach(access, application, "zjys01", "expert650201")).isEqualTo(Reach.NOTHING);
    }

    @Test
    void whileTheVoteWaitsForItsMeetingNoExpertReadsTheApplication() {
        ProcessRouting waiting = new ProcessRouting("unit650100001", "competent650100", "committee650101",
                "hrb650000", "expert650101", ProcessRouting.Voters.NONE);
        ApplicationAccess access = access(Optional.of(waiting));
        Application application = application(SENIOR, ApplicationStatus.SUBMITTED, "instance-3");

        assertThat(reach(access, application, "zjxj01", "expert650101")).isEqualTo(Reach.NOTHING);
        assertThat(reach(access, application, "pwxj01", "committee650101")).isEqualTo(new Reach(true, true, true));
    }

    @Test
    void aProcessWithoutACommitteeGivesNoCommitteeAnything() {
        // direct recognition: unit, competent department and the recognising bureau only
        ProcessRouting direct = new ProcessRouting("unit650100001", "competent650100", null, "hrb650000", null, null);
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

    private static Application application(String noticeId, String unit, String series, String specialty, Level level) {
        Application application = application(noticeId, ApplicationStatus.SUBMITTED, null);
        when(application.employerUnitCode()).thenReturn(unit);
        when(application.series()).thenReturn(series);
        when(application.specialty()).thenReturn(specialty);
        when(application.level()).thenReturn(level);
        return application;
    }

    private static Reach reach(ApplicationAccess access, Application application, String user, String group) {
        return access.reach(application, new ApiUser(user, Set.of(group)));
    }
}
