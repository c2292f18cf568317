package cn.xj.titlereview.calendar;

/** What a date is in the Chinese working-day calendar. */
public enum DayType {
  /** Monday to Friday, no holiday. */
  WORKDAY(true),
  /** Saturday or Sunday, not an adjusted working day. */
  WEEKEND(false),
  /** A day off announced by the notice (放假), whatever the day of the week. */
  HOLIDAY(false),
  /** A Saturday or Sunday that the notice makes a working day (调休上班). */
  ADJUSTED_WORKING_DAY(true);

  private final boolean working;

  DayType(boolean working) {
    this.working = working;
  }

  public boolean isWorking() {
    return working;
  }
}
