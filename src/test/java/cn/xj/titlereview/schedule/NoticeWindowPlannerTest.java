package cn.xj.titlereview.schedule;

import static cn.xj.titlereview.schedule.ScheduleFixtures.AKESU;
import static cn.xj.titlereview.schedule.ScheduleFixtures.SENIOR_FIVE;
import static cn.xj.titlereview.schedule.ScheduleFixtures.beijing;
import static cn.xj.titlereview.schedule.ScheduleFixtures.notice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;

/** Which window triggers a notice file asks for, with stable keys and Beijing times. */
class NoticeWindowPlannerTest {

    @Test
    void akesuNoticeOpensAndClosesEachDatedWindow_closingOneSecondAfterTheInclusiveEnd() {
        List<PlannedWindowTransition> plan = NoticeWindowPlanner.plan(notice(AKESU));

        assertThat(plan).extracting(PlannedWindowTransition::triggerName, PlannedWindowTransition::dueAt)
                .containsExactly(
                        tuple("notice-2024-akesu-coal.declaration.OPENED", beijing("2024-07-22T00:00:00")),
                        tuple("notice-2024-akesu-coal.declaration.CLOSED", beijing("2024-08-30T18:00:01")),
                        tuple("notice-2024-akesu-coal.audit.OPENED", beijing("2024-08-01T00:00:00")),
                        tuple("notice-2024-akesu-coal.audit.CLOSED", beijing("2024-09-11T00:00:00")),
                        // the payment window has a deadline only: no OPENED trigger
                        tuple("notice-2024-akesu-coal.payment.CLOSED", beijing("2024-09-16T00:00:00")),
                        tuple("notice-2024-akesu-coal.paperMaterials.OPENED", beijing("2024-09-15T00:00:00")),
                        tuple("notice-2024-akesu-coal.paperMaterials.CLOSED", beijing("2024-09-26T00:00:00")));
        // committeeMeeting "另行通知": neither start nor end, no trigger
        assertThat(plan).noneMatch(p -> p.windowName().equals("committeeMeeting"));
    }

    @Test
    void beijingEighteenHundredIsTenHundredUtc() {
        PlannedWindowTransition close = NoticeWindowPlanner.plan(notice(AKESU)).get(1);

        assertThat(close.dueAt()).isEqualTo(Instant.parse("2024-08-30T10:00:01Z"));
        assertThat(close.windowTime()).isEqualTo(LocalDateTime.parse("2024-08-30T18:00:00"));
    }

    @Test
    void planDoesNotDependOnTheServersZone() {
        TimeZone original = TimeZone.getDefault();
        List<PlannedWindowTransition> inUtc;
        List<PlannedWindowTransition> inNewYork;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            inUtc = NoticeWindowPlanner.plan(notice(SENIOR_FIVE));
            TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
            inNewYork = NoticeWindowPlanner.plan(notice(SENIOR_FIVE));
        } finally {
            TimeZone.setDefault(original);
        }
        assertThat(inNewYork).isEqualTo(inUtc);
        assertThat(inUtc).extracting(PlannedWindowTransition::triggerName).first()
                .isEqualTo("notice-2024-xj-senior-five-series.declaration.OPENED");
        assertThat(inUtc.get(0).dueAt()).isEqualTo(Instant.parse("2024-08-07T16:00:00Z"));
    }

    @Test
    void everyNoticeFileGivesUniqueTriggerKeys() {
        List<String> names = ScheduleFixtures.NOTICES.stream()
                .flatMap(n -> NoticeWindowPlanner.plan(n.definition()).stream())
                .map(PlannedWindowTransition::triggerName)
                .toList();

        assertThat(names).isNotEmpty().doesNotHaveDuplicates()
                .allMatch(n -> n.matches("notice-\\d{4}-[a-z0-9-]+\\.[a-zA-Z]+\\.(OPENED|CLOSED)"));
    }

    @Test
    void windowTriggerFiresTheWindowJobAtTheDueTimeAndFiresNowWhenMissed() {
        PlannedWindowTransition close = NoticeWindowPlanner.plan(notice(AKESU)).get(1);

        Trigger trigger = ScheduleRegistrar.windowTrigger(close);

        assertThat(trigger.getKey().getGroup()).isEqualTo("notice-window");
        assertThat(trigger.getKey().getName()).isEqualTo("notice-2024-akesu-coal.declaration.CLOSED");
        assertThat(trigger.getJobKey()).isEqualTo(ScheduleKeys.WINDOW_JOB);
        assertThat(trigger.getStartTime().toInstant()).isEqualTo(beijing("2024-08-30T18:00:01"));
        assertThat(trigger.getMisfireInstruction()).isEqualTo(SimpleTrigger.MISFIRE_INSTRUCTION_FIRE_NOW);
        assertThat(trigger.getJobDataMap().getString("windowTime")).isEqualTo("2024-08-30T18:00");
        assertThat(trigger.getDescription()).isEqualTo("通知 notice-2024-akesu-coal 申报时间截止");
    }
}
