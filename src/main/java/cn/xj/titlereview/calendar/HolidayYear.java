package cn.xj.titlereview.calendar;

import java.util.List;
import java.util.Objects;

/**
 * The validated content of one {@code config/holidays/<year>.yml}.
 *
 * @param year the year the notice arranges
 * @param announced false when the year's arrangement is not (yet) recorded: the calendar then
 *     refuses every date of the year
 * @param source the notice's title and document number; null when not announced
 * @param file where the data came from, for messages (e.g. {@code config/holidays/2024.yml})
 */
public record HolidayYear(
    int year,
    boolean announced,
    String source,
    String file,
    List<Holiday> holidays,
    List<AdjustedWorkingDay> adjustedWorkingDays) {

  public HolidayYear {
    Objects.requireNonNull(file, "file");
    holidays = List.copyOf(holidays);
    adjustedWorkingDays = List.copyOf(adjustedWorkingDays);
  }
}
