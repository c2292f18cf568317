package cn.xj.titlereview.calendar;

import java.util.Objects;
import java.util.SortedSet;
import org.camunda.bpm.engine.ManagementService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Keeps running working-day timers in step with the holiday data.
 *
 * <p>Two ways the data changes: an operator edits the files and calls {@link #reload()} ({@code
 * POST /api/admin/calendar/reload}; useful when {@code titlereview.calendar.holidays-location}
 * points outside the jar), or a new release ships other files. For the second, the fingerprint
 * of the data that last recalculated the timers is kept in the engine's property table; at
 * start-up, when the data in use has another fingerprint, every working-day timer is
 * recalculated ({@link #recalculateIfDataChanged()}). The fingerprint is stored only when no
 * timer failed, so failures are retried at the next start or reload.
 */
@Service
public class CalendarReloadService {

  /** Engine property holding the fingerprint of the data the timers were last computed with. */
  public static final String FINGERPRINT_PROPERTY = "titlereview.calendar.fingerprint";

  private static final Logger LOG = LoggerFactory.getLogger(CalendarReloadService.class);

  private final WorkdayCalendar workdays;
  private final TimerRecalculationService timers;
  private final ManagementService managementService;
  private final boolean recalculateOnStartup;

  public CalendarReloadService(
      WorkdayCalendar workdays,
      TimerRecalculationService timers,
      ManagementService managementService,
      @Value("${titlereview.calendar.recalculate-on-startup:true}") boolean recalculateOnStartup) {
    this.workdays = Objects.requireNonNull(workdays, "workdays");
    this.timers = Objects.requireNonNull(timers, "timers");
    this.managementService = Objects.requireNonNull(managementService, "managementService");
    this.recalculateOnStartup = recalculateOnStartup;
  }

  /**
   * Reads the holiday files again, puts them in use and recalculates every running working-day
   * timer. Invalid files change nothing.
   *
   * @throws HolidayDataException when the files are invalid (the data in use stays)
   */
  public CalendarReloadResult reload() {
    HolidayCalendar before = workdays.calendar();
    HolidayCalendar now = workdays.reload();
    boolean changed = !before.fingerprint().equals(now.fingerprint());
    LOG.info("Holiday data reloaded: {} ({})", now, changed ? "changed" : "unchanged");
    return new CalendarReloadResult(
        now.announcedYears(), now.unannouncedYears(), now.fingerprint(), changed, recalculate(now));
  }

  /** At start-up: recalculates the working-day timers when the data differs from last time. */
  @EventListener(ApplicationReadyEvent.class)
  public void onApplicationReady() {
    if (recalculateOnStartup) {
      recalculateIfDataChanged();
    }
  }

  /**
   * Recalculates the working-day timers when the data in use is not the data they were last
   * computed with.
   *
   * @return the recalculation, or null when nothing changed
   */
  public TimerRecalculationResult recalculateIfDataChanged() {
    HolidayCalendar now = workdays.calendar();
    String stored = managementService.getProperties().get(FINGERPRINT_PROPERTY);
    if (now.fingerprint().equals(stored)) {
      return null;
    }
    LOG.info("Holiday data differs from the data the timers were computed with: recalculating");
    return recalculate(now);
  }

  private TimerRecalculationResult recalculate(HolidayCalendar now) {
    TimerRecalculationResult result = timers.recalculateWorkdayTimers();
    if (result.failures().isEmpty()) {
      managementService.setProperty(FINGERPRINT_PROPERTY, now.fingerprint());
    }
    return result;
  }

  /**
   * The outcome of {@link #reload()}.
   *
   * @param years years with announced data
   * @param unannouncedYears years whose file says {@code announced: false}
   * @param fingerprint the data's fingerprint
   * @param dataChanged whether the data differs from the data in use before
   * @param timers what the recalculation of the running timers did
   */
  public record CalendarReloadResult(
      SortedSet<Integer> years,
      SortedSet<Integer> unannouncedYears,
      String fingerprint,
      boolean dataChanged,
      TimerRecalculationResult timers) {}
}
