package cn.xj.titlereview.notice;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class NoticeServiceTest {

    private final NoticeRepository repository = mock(NoticeRepository.class);

    private NoticeService serviceAt(String beijingTime) {
        Instant instant = LocalDateTime.parse(beijingTime).atZone(NoticeValidator.BEIJING).toInstant();
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("clock", Clock.fixed(instant, NoticeValidator.BEIJING));
        ObjectProvider<Clock> clock = beans.getBeanProvider(Clock.class);
        return new NoticeService(repository, new NoticeCatalog(NoticeFixtures.ALL), clock);
    }

    private static Notice stored(String id, NoticeStatus status) {
        NoticeDefinition definition = NoticeFixtures.notice(id);
        Notice notice = new Notice(id);
        notice.update(definition, NoticeJson.write(definition), "h", "config/notices/" + id + ".yml",
                LocalDateTime.parse("2024-01-01T00:00:00"));
        if (status == NoticeStatus.INACTIVE) {
            notice.deactivate(LocalDateTime.parse("2024-01-02T00:00:00"));
        }
        return notice;
    }

    @Test
    void declarationIsOpenUntilTheLastSecondOfItsWindowInBeijingTime() {
        given(repository.findByStatusOrderByYearDescDeclarationStartDescIdAsc(NoticeStatus.ACTIVE))
                .willReturn(List.of(stored("notice-2024-akesu-coal", NoticeStatus.ACTIVE)));

        assertThat(serviceAt("2024-08-30T18:00:00").list(false)).singleElement()
                .satisfies(s -> assertThat(s.declarationState()).isEqualTo("申报中"));
        assertThat(serviceAt("2024-08-30T18:00:01").list(false)).singleElement()
                .satisfies(s -> assertThat(s.declarationState()).isEqualTo("已截止"));
        assertThat(serviceAt("2024-07-21T23:59:59").list(false)).singleElement()
                .satisfies(s -> assertThat(s.declarationState()).isEqualTo("未开始"));
    }

    @Test
    void inactiveNoticeIsNeverOpen() {
        given(repository.findAllByOrderByYearDescDeclarationStartDescIdAsc())
                .willReturn(List.of(stored("notice-2024-akesu-coal", NoticeStatus.INACTIVE)));

        assertThat(serviceAt("2024-08-01T00:00:00").list(true)).singleElement().satisfies(s -> {
            assertThat(s.open()).isFalse();
            assertThat(s.declarationState()).isEqualTo("已停用");
            assertThat(s.status()).isEqualTo(NoticeStatus.INACTIVE);
        });
    }

    @Test
    void detailCarriesTheStoredDefinition() {
        given(repository.findById("notice-2023-hami-all-series"))
                .willReturn(Optional.of(stored("notice-2023-hami-all-series", NoticeStatus.ACTIVE)));

        NoticeDetail detail = serviceAt("2023-09-11T10:00:00").get("notice-2023-hami-all-series");

        assertThat(detail.summary().open()).isTrue();
        assertThat(detail.definition().at("/windows/declaration/start").asText()).isEqualTo("2023-09-11T10:00:00");
        assertThat(detail.definition().at("/committees").size()).isEqualTo(10);
    }

    @Test
    void unknownNoticeIsNotFound() {
        given(repository.findById("notice-2099-none")).willReturn(Optional.empty());

        assertThatThrownBy(() -> serviceAt("2024-01-01T00:00:00").get("notice-2099-none"))
                .isInstanceOf(NoticeNotFoundException.class);
    }

    @Test
    void processParametersComeFromTheValidatedFile() {
        NoticeProcessParameters parameters = serviceAt("2024-08-01T00:00:00")
                .processParameters("notice-2024-akesu-coal", ApplicationFacts.none().withLevel(Level.ASSISTANT));

        assertThat(parameters.submissionLimit()).isEqualTo(3);
        assertThat(parameters.paymentDeadline()).isEqualTo(Instant.parse("2024-09-15T15:59:59Z"));
    }

    @Test
    void declarationOpenFollowsTheClock() {
        assertThat(serviceAt("2023-10-11T20:00:00").declarationOpen("notice-2023-hami-all-series")).isTrue();
        assertThat(serviceAt("2023-10-11T20:00:01").declarationOpen("notice-2023-hami-all-series")).isFalse();
    }
}
