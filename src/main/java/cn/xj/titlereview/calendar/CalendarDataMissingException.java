package cn.xj.titlereview.calendar;

/**
 * A date lies in a year whose holiday arrangement is not loaded (no file, or a file marked
 * {@code announced: false}). The calendar refuses such dates rather than counting weekdays.
 */
public class CalendarDataMissingException extends RuntimeException {

  private final int year;

  public CalendarDataMissingException(int year, boolean fileWithoutAnnouncedData) {
    super(message(year, fileWithoutAnnouncedData));
    this.year = year;
  }

  public int getYear() {
    return year;
  }

  private static String message(int year, boolean fileWithoutAnnouncedData) {
    String base = "缺少" + year + "年的节假日安排数据（config/holidays/" + year + ".yml）";
    return fileWithoutAnnouncedData
        ? base + "：该年的放假安排尚未公布或尚未录入（announced: false），无法计算工作日"
        : base;
  }
}
