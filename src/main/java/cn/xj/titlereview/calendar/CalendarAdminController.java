package cn.xj.titlereview.calendar;

import java.util.List;
import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administration of the holiday data (to be restricted to administrators by the security
 * configuration):
 *
 * <ul>
 *   <li>{@code GET /api/admin/calendar}: the years in use, their notices, the fingerprint;
 *   <li>{@code POST /api/admin/calendar/reload}: read the files again and recalculate every
 *       running working-day timer. Invalid files: 409 with every problem listed; the data in use
 *       stays.
 * </ul>
 */
@RestController
@RequestMapping("/api/admin/calendar")
public class CalendarAdminController {

  private final WorkdayCalendar workdays;
  private final CalendarReloadService reloadService;

  public CalendarAdminController(WorkdayCalendar workdays, CalendarReloadService reloadService) {
    this.workdays = Objects.requireNonNull(workdays, "workdays");
    this.reloadService = Objects.requireNonNull(reloadService, "reloadService");
  }

  @GetMapping
  public CalendarSummary summary() {
    HolidayCalendar calendar = workdays.calendar();
    List<YearSummary> years =
        calendar.years().values().stream()
            .map(
                y ->
                    new YearSummary(
                        y.year(),
                        y.announced(),
                        y.source(),
                        y.file(),
                        y.holidays().size(),
                        y.adjustedWorkingDays().size()))
            .toList();
    return new CalendarSummary(years, calendar.fingerprint());
  }

  @PostMapping("/reload")
  public CalendarReloadService.CalendarReloadResult reload() {
    return reloadService.reload();
  }

  @ExceptionHandler(HolidayDataException.class)
  public ProblemDetail invalidData(HolidayDataException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "节假日数据有误，仍使用原有数据，请修正后重新加载");
    problem.setTitle("节假日数据有误");
    problem.setProperty("errors", e.getProblems());
    return problem;
  }

  /** The data in use. */
  public record CalendarSummary(List<YearSummary> years, String fingerprint) {}

  /** One year's file. */
  public record YearSummary(
      int year, boolean announced, String source, String file, int holidays, int adjustedWorkingDays) {}
}
