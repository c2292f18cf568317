/**
 * Notice-wide scheduling with clustered Quartz (JDBC job store, tables from Flyway V2); the
 * per-application deadlines stay BPMN timers.
 *
 * <p>Jobs, stored by {@link cn.xj.titlereview.schedule.ScheduleRegistrar} at every start:
 * <ul>
 * <li>{@code notice-window.window-transition}: one one-shot trigger per notice window start and end
 *     ({@code <noticeId>.<window>.<OPENED|CLOSED>}), planned from the notice files by {@link
 *     cn.xj.titlereview.schedule.NoticeWindowPlanner}; records the transition in
 *     {@code notice_window_event} and logs it. A window's end is inclusive to the second, so it
 *     closes one second later (00:00:00 for an end of 23:59:59), the same second from which
 *     {@link cn.xj.titlereview.schedule.DeclarationWindowGuard} refuses declarations.</li>
 * <li>{@code titlereview.task-reminders}: cron {@code titlereview.reminders.cron} (every 30 minutes),
 *     {@link cn.xj.titlereview.schedule.ReminderService}, table {@code notification}.</li>
 * <li>{@code titlereview.notice-statistics}: cron {@code titlereview.statistics.cron} (01:00),
 *     {@link cn.xj.titlereview.schedule.StatisticsSnapshotService}, table
 *     {@code notice_statistics_snapshot}.</li>
 * </ul>
 * Cron expressions are evaluated in Asia/Shanghai whatever the server's zone.
 *
 * <p>Once and only once: Quartz fires each trigger on one node of the cluster; each table has a
 * unique key (transition; task or execution and kind; notice and date), so a Quartz recovery, a
 * re-run or a second node writes nothing twice. Window transitions already past at start-up and
 * not recorded are scheduled at their due time with "fire now" misfire handling: they are
 * recorded once, late, by the same job (the log says "补记"). A later run of the statistics on
 * the same date replaces that date's row.
 *
 * <p>Tables are written with {@code JdbcTemplate}, not JPA: every write is "insert unless the
 * unique key exists" (or update-else-insert), where losing the race to another node is a normal
 * outcome and must not mark a JPA transaction rollback-only. Date-times are Beijing local time,
 * bound as {@link java.time.LocalDateTime}, like the {@code notice} table.
 */
package cn.xj.titlereview.schedule;
