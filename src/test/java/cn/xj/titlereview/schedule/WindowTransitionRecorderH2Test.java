package cn.xj.titlereview.schedule;

import static cn.xj.titlereview.schedule.ScheduleFixtures.beijing;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.xj.titlereview.schedule.WindowEventRepository.Outcome;
import cn.xj.titlereview.support.H2IntegrationTest;

/** A window transition is recorded once, whoever fires it how often; a moved date rewrites it. */
@H2IntegrationTest
class WindowTransitionRecorderH2Test {

    private static final String NOTICE = "notice-2099-schedule-test";

    @Autowired
    WindowTransitionRecorder recorder;
    @Autowired
    WindowEventRepository events;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeRows() {
        jdbc.update("delete from notice_window_event where notice_id = ?", NOTICE);
    }

    @Test
    void secondFiringOfTheSameTransitionWritesNothing() {
        Instant due = beijing("2099-08-30T18:00:01");

        Outcome first = recorder.record(NOTICE, "declaration", WindowTransition.CLOSED,
                LocalDateTime.parse("2099-08-30T18:00:00"), due, "node-a");
        Outcome second = recorder.record(NOTICE, "declaration", WindowTransition.CLOSED,
                LocalDateTime.parse("2099-08-30T18:00:00"), due, "node-b");

        assertThat(first).isEqualTo(Outcome.RECORDED);
        assertThat(second).isEqualTo(Outcome.ALREADY_RECORDED);
        assertThat(events.findByNotice(NOTICE)).singleElement().satisfies(e -> {
            assertThat(e.dueAt()).isEqualTo(due);
            assertThat(e.firedBy()).isEqualTo("node-a");
        });
    }

    @Test
    void movedDateRewritesTheRecordedTransition() {
        recorder.record(NOTICE, "declaration", WindowTransition.CLOSED, LocalDateTime.parse("2099-08-30T18:00:00"),
                beijing("2099-08-30T18:00:01"), "node-a");

        Outcome moved = recorder.record(NOTICE, "declaration", WindowTransition.CLOSED,
                LocalDateTime.parse("2099-09-06T18:00:00"), beijing("2099-09-06T18:00:01"), "node-b");

        assertThat(moved).isEqualTo(Outcome.MOVED);
        assertThat(events.findByNotice(NOTICE)).singleElement()
                .satisfies(e -> assertThat(e.dueAt()).isEqualTo(beijing("2099-09-06T18:00:01")));
    }

    @Test
    void timesAreStoredAsBeijingLocalTime() {
        recorder.record(NOTICE, "audit", WindowTransition.OPENED, LocalDateTime.parse("2099-08-01T00:00:00"),
                beijing("2099-08-01T00:00:00"), "node-a");

        assertThat(jdbc.queryForObject("select due_at from notice_window_event where notice_id = ?",
                LocalDateTime.class, NOTICE)).isEqualTo(LocalDateTime.parse("2099-08-01T00:00:00"));
    }
}
