package cn.xj.titlereview.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** A weekend day that is a working day (调休上班), and the holiday it belongs to. */
public record AdjustedWorkingDay(LocalDate date, String holiday) {

  public AdjustedWorkingDay {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(holiday, "holiday");
  }
}
