package cn.xj.titlereview.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import cn.xj.titlereview.declaration.ApplicationForm;
import cn.xj.titlereview.declaration.IdNumbers;
import cn.xj.titlereview.demo.DemoCampaignFile.DemoApplication;
import cn.xj.titlereview.demo.DemoCampaignFile.NoticeCampaign;
import cn.xj.titlereview.identity.DemoDirectory;
import cn.xj.titlereview.identity.OrganisationsFile;
import cn.xj.titlereview.notice.LoadedNotice;
import cn.xj.titlereview.notice.NoticeDefinition;
import cn.xj.titlereview.notice.NoticeLoader;

/** config/demo/campaign.yml fits the notices and the demo users it names (the first start would stop otherwise). */
class DemoCampaignFileTest {

    private final DemoCampaignFile file = read();

    private static DemoCampaignFile read() {
        try {
            return DemoCampaignFile.read(new DefaultResourceLoader().getResource(DemoCampaignFile.LOCATION));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void eachNoticeOnceInDateOrderAndInsideItsDeclarationWindow() {
        Map<String, NoticeDefinition> notices = new NoticeLoader().load(new PathMatchingResourcePatternResolver(), null)
                .stream().map(LoadedNotice::definition).collect(Collectors.toMap(NoticeDefinition::id, Function.identity()));
        assertThat(file.notices()).extracting(NoticeCampaign::notice).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(notices.keySet());
        assertThat(file.notices()).isSortedAccordingTo(Comparator.comparing(NoticeCampaign::at));
        for (NoticeCampaign notice : file.notices()) {
            assertThat(notices.get(notice.notice()).windows().declaration().contains(notice.at()))
                    .as("%s declares at %s inside its window", notice.notice(), notice.at()).isTrue();
        }
    }

    @Test
    void applicantsAreDemoApplicantsOncePerNoticeWithValidIdNumbers() {
        DemoDirectory directory = OrganisationsFile.read(new DefaultResourceLoader(), OrganisationsFile.DEMO);
        Set<String> applicants = directory.applicants().stream().map(DemoDirectory.Person::id).collect(Collectors.toSet());
        for (NoticeCampaign notice : file.notices()) {
            assertThat(notice.applications()).extracting(DemoApplication::applicant).doesNotHaveDuplicates()
                    .allMatch(applicants::contains);
            for (DemoApplication application : notice.applications()) {
                String id = application.fullIdNumber();
                assertThat(IdNumbers.check(id, LocalDate.of(2024, 10, 11), "idNumber").problems())
                        .as("%s %s", application.name(), id).isEmpty();
                ApplicationForm form = notice.declaration().form(notice.notice(), application, notice.at().toLocalDate());
                assertThat(form.name()).isEqualTo(application.name());
                assertThat(form.continuingEducation()).isNotEmpty();
            }
        }
        assertThat(file.notices()).flatExtracting(NoticeCampaign::applications)
                .extracting(a -> a.plan().stopAt()).contains("end", "unit_review", "competent_recommend",
                        "committee_intake", "payment", "meeting", "applicant_revise");
    }
}
