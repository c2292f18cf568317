package cn.xj.titlereview.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Stream;

/** A holiday period (放假) as a notice announces it, both ends inclusive. */
public record Holiday(String name, LocalDate from, LocalDate to) {

  public Holiday {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to " + to + " is before from " + from);
    }
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(from) && !date.isAfter(to);
  }

  public Stream<LocalDate> days() {
    return from.datesUntil(to.plusDays(1));
  }
}
