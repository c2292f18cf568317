/**
 * The Chinese working-day calendar.
 *
 * <p>Data: {@code config/holidays/<year>.yml}, one file per year, copied from the State Council
 * General Office's yearly notice (国务院办公厅关于某年部分节假日安排的通知). {@link
 * cn.xj.titlereview.calendar.HolidayCalendarLoader} reads and validates them into an immutable
 * {@link cn.xj.titlereview.calendar.HolidayCalendar}; it needs no Spring context.
 *
 * <p>A day is a working day when it is an adjusted working day (调休上班), or a Monday to Friday
 * that is not a holiday (放假). A date in a year without announced data is refused with {@link
 * cn.xj.titlereview.calendar.CalendarDataMissingException}: the calendar never falls back to
 * counting weekdays.
 *
 * <p>Publicity semantics ("公示期不少于5个工作日"): {@link
 * cn.xj.titlereview.calendar.WorkdayCalendar#afterWorkingDays(java.util.Date, int)}. Publicity
 * starts at the instant it is published; the day of publication is not counted, whatever the
 * hour and whether or not it is a working day; the n working days are counted from the next
 * working day on, and the period ends at 23:59:59 (Asia/Shanghai) of the n-th one. This is the
 * rule of the Civil Code for periods counted in days (民法典第二百零一条: 开始的当日不计入，自下一日开始计算;
 * 第二百零三条: 期间的最后一日的截止时间为二十四时), and it guarantees n whole working days of
 * publicity. Every computation happens in Asia/Shanghai, whatever the JVM's default zone.
 *
 * <p>Timer due dates are computed when a timer is created; when the data changes, {@link
 * cn.xj.titlereview.calendar.CalendarReloadService} swaps the calendar and {@link
 * cn.xj.titlereview.calendar.TimerRecalculationService} recalculates every running timer whose
 * expression uses the {@code workdays} bean.
 */
package cn.xj.titlereview.calendar;
