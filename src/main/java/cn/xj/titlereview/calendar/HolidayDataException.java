package cn.xj.titlereview.calendar;

import java.util.List;

/** The holiday files are invalid; every problem names its file and field. */
public class HolidayDataException extends RuntimeException {

  private final List<String> problems;

  public HolidayDataException(List<String> problems) {
    super("节假日数据有误（" + problems.size() + "处）：\n- " + String.join("\n- ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> getProblems() {
    return problems;
  }
}
