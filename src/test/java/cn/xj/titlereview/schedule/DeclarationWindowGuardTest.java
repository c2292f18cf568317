package cn.xj.titlereview.schedule;

import static cn.xj.titlereview.schedule.ScheduleFixtures.AKESU;
import static cn.xj.titlereview.schedule.ScheduleFixtures.beijing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import com.fasterxml.jackson.databind.SerializationFeature;

import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.xj.titlereview.notice.NoticeNotFoundException;

/** Akesu: 申报时间 2024-07-22 00:00 to 2024-08-30 18:00 Beijing time (end inclusive to the second). */
class DeclarationWindowGuardTest {

    private static final String AKESU_MESSAGE =
            "申报时间为2024-07-22 00:00至2024-08-30 18:00（北京时间），申报已截止，当前不在申报时间内";
    private static final String AKESU_NOT_YET =
            "申报时间为2024-07-22 00:00至2024-08-30 18:00（北京时间），申报尚未开始，当前不在申报时间内";

    private final DeclarationWindowGuard guard = new DeclarationWindowGuard(ScheduleFixtures.CATALOG);

    @Test
    void admitsADeclarationInsideTheWindow() {
        assertThatCode(() -> guard.requireOpen(AKESU, beijing("2024-08-15T10:30:00"))).doesNotThrowAnyException();
        assertThat(guard.isOpen(AKESU, beijing("2024-08-15T10:30:00"))).isTrue();
    }

    @Test
    void admitsTheFirstSecond() {
        assertThatCode(() -> guard.requireOpen(AKESU, beijing("2024-07-22T00:00:00"))).doesNotThrowAnyException();
    }

    @Test
    void refusesTheSecondBeforeTheStart() {
        assertThatThrownBy(() -> guard.requireOpen(AKESU, beijing("2024-07-21T23:59:59")))
                .isInstanceOf(WindowClosedException.class)
                .hasMessage(AKESU_NOT_YET);
    }

    @Test
    void admitsTheWholeEndSecond() {
        assertThatCode(() -> guard.requireOpen(AKESU, beijing("2024-08-30T18:00:00"))).doesNotThrowAnyException();
        assertThatCode(() -> guard.requireOpen(AKESU, beijing("2024-08-30T18:00:00").plusMillis(999)))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesTheSecondAfterTheEnd_namingTheWindowAndItsBeijingDates() {
        Instant late = beijing("2024-08-30T18:00:01");

        assertThatThrownBy(() -> guard.requireOpen(AKESU, late))
                .isInstanceOfSatisfying(WindowClosedException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo(AKESU_MESSAGE);
                    assertThat(e.noticeId()).isEqualTo(AKESU);
                    assertThat(e.windowName()).isEqualTo("declaration");
                    assertThat(e.windowLabel()).isEqualTo("申报");
                    assertThat(e.at()).isEqualTo(late);
                });
        assertThat(guard.isOpen(AKESU, late)).isFalse();
    }

    @Test
    void endBeforeMidnightIsShownWithItsSeconds() {
        assertThatThrownBy(() -> guard.requireOpen(ScheduleFixtures.SENIOR_FIVE, beijing("2024-10-11T00:00:00")))
                .hasMessage("申报时间为2024-08-08 00:00至2024-10-10 23:59:59（北京时间），申报已截止，当前不在申报时间内");
    }

    @Test
    void unknownNoticeIsNotFound() {
        assertThatThrownBy(() -> guard.requireOpen("notice-2099-none", beijing("2024-08-15T10:30:00")))
                .isInstanceOf(NoticeNotFoundException.class);
    }

    @Test
    void windowClosedIsHttp409WithTheChineseMessage() throws Exception {
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new DeclaringController(guard))
                .setControllerAdvice(new WindowClosedErrorHandler())
                // as spring.jackson in config/application.yml
                .setMessageConverters(new MappingJackson2HttpMessageConverter(Jackson2ObjectMapperBuilder.json()
                        .timeZone("Asia/Shanghai")
                        .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                        .build()))
                .build();

        mvc.perform(post("/test/declare/" + AKESU))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value(AKESU_MESSAGE))
                .andExpect(jsonPath("$.errors").isEmpty())
                .andExpect(jsonPath("$.noticeId").value(AKESU))
                .andExpect(jsonPath("$.window").value("declaration"))
                .andExpect(jsonPath("$.windowLabel").value("申报"))
                .andExpect(jsonPath("$.end").value("2024-08-30T18:00:00+08:00"));
    }

    /** Stands for the applications API, which calls the guard before it starts a declaration. */
    @RestController
    static class DeclaringController {
        private final DeclarationWindowGuard guard;

        DeclaringController(DeclarationWindowGuard guard) {
            this.guard = guard;
        }

        @PostMapping("/test/declare/{noticeId}")
        void declare(@PathVariable String noticeId) {
            guard.requireOpen(noticeId, beijing("2024-09-01T09:00:00"));
        }
    }
}
