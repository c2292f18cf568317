package cn.xj.titlereview.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Validation of holiday files: every problem names its file and field. */
class HolidayCalendarLoaderTest {

  private static final String VALID_2024 = """
      year: 2024
      source: 国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）
      holidays:
        - {name: 春节, from: 2024-02-10, to: 2024-02-17}
      adjustedWorkingDays:
        - {date: 2024-02-04, for: 春节}
      """;

  @Test
  void givenValidFile_thenLoaded() {
    HolidayCalendar calendar = load("config/holidays/2024.yml", VALID_2024);

    HolidayYear year = calendar.years().get(2024);
    assertThat(year.announced()).isTrue();
    assertThat(year.file()).isEqualTo("config/holidays/2024.yml");
    assertThat(year.holidays()).containsExactly(
        new Holiday("春节", LocalDate.of(2024, 2, 10), LocalDate.of(2024, 2, 17)));
    assertThat(year.adjustedWorkingDays()).containsExactly(
        new AdjustedWorkingDay(LocalDate.of(2024, 2, 4), "春节"));
    assertThat(calendar.dayType(LocalDate.of(2024, 2, 4))).isEqualTo(DayType.ADJUSTED_WORKING_DAY);
  }

  @Test
  void givenDateOutsideTheFilesYear_thenErrorNamesFileAndField() {
    String yaml = """
        year: 2024
        source: 通知
        holidays:
          - {name: 春节, from: 2024-02-10, to: 2024-02-17}
          - {name: 国庆节, from: 2023-10-01, to: 2023-10-07}
        adjustedWorkingDays:
          - {date: 2023-02-04, for: 春节}
        """;

    assertThatThrownBy(() -> load("config/holidays/2024.yml", yaml))
        .isInstanceOf(HolidayDataException.class)
        .satisfies(e -> assertThat(((HolidayDataException) e).getProblems()).containsExactlyInAnyOrder(
            "config/holidays/2024.yml：holidays[1].to：日期 2023-10-07 不在 2024 年内",
            "config/holidays/2024.yml：holidays[1].from：日期 2023-10-01 不在 2024 年内（只有跨年的假期可以从上一年12月开始）",
            "config/holidays/2024.yml：adjustedWorkingDays[0].date：日期 2023-02-04 不在 2024 年内"));
  }

  @Test
  void givenNewYearHolidayStartingInDecemberBefore_thenAccepted() {
    String yaml = """
        year: 2023
        source: 国务院办公厅关于2023年部分节假日安排的通知（国办发明电〔2022〕16号）
        holidays:
          - {name: 元旦, from: 2022-12-31, to: 2023-01-02}
        """;

    HolidayCalendar calendar = load("2023.yml", yaml);

    assertThat(calendar.years().get(2023).holidays()).hasSize(1);
  }

  @Test
  void givenFromAfterTo_thenError() {
    String yaml = VALID_2024.replace("from: 2024-02-10, to: 2024-02-17", "from: 2024-02-17, to: 2024-02-10");

    assertThatThrownBy(() -> load("config/holidays/2024.yml", yaml))
        .isInstanceOf(HolidayDataException.class)
        .hasMessageContaining("config/holidays/2024.yml：holidays[0].from：开始日期 2024-02-17 晚于结束日期 2024-02-10");
  }

  @Test
  void givenHolidayOnAnAdjustedWorkingDay_thenError() {
    String yaml = VALID_2024.replace("{date: 2024-02-04, for: 春节}", "{date: 2024-02-11, for: 春节}");

    assertThatThrownBy(() -> load("config/holidays/2024.yml", yaml))
        .isInstanceOf(HolidayDataException.class)
        .hasMessageContaining(
            "config/holidays/2024.yml：adjustedWorkingDays[0].date：调休上班日 2024-02-11 在 holidays[0] 春节 的放假期间内");
  }

  @Test
  void givenDuplicates_thenErrors() {
    String yaml = """
        year: 2024
        source: 通知
        holidays:
          - {name: 春节, from: 2024-02-10, to: 2024-02-17}
          - {name: 元宵节, from: 2024-02-17, to: 2024-02-18}
        adjustedWorkingDays:
          - {date: 2024-02-04, for: 春节}
          - {date: 2024-02-04, for: 春节}
        """;

    assertThatThrownBy(() -> load("config/holidays/2024.yml", yaml))
        .isInstanceOf(HolidayDataException.class)
        .satisfies(e -> assertThat(((HolidayDataException) e).getProblems()).containsExactlyInAnyOrder(
            "config/holidays/2024.yml：holidays[1]：元宵节 2024-02-17至2024-02-18 与 holidays[0] 春节 2024-02-10至2024-02-17 日期重复",
            "config/holidays/2024.yml：adjustedWorkingDays[1].date：调休上班日 2024-02-04 重复（adjustedWorkingDays[0]）"));
  }

  @Test
  void givenSameDateInTwoFiles_thenErrorNamesBoth() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("config/holidays/2022.yml", """
        year: 2022
        source: 通知
        holidays:
          - {name: 元旦, from: 2022-01-01, to: 2022-01-03}
          - {name: 跨年, from: 2022-12-31, to: 2022-12-31}
        """);
    files.put("config/holidays/2023.yml", """
        year: 2023
        source: 通知
        holidays:
          - {name: 元旦, from: 2022-12-31, to: 2023-01-02}
        """);

    assertThatThrownBy(() -> HolidayCalendarLoader.fromYaml(files))
        .isInstanceOf(HolidayDataException.class)
        .satisfies(e -> assertThat(((HolidayDataException) e).getProblems()).containsExactly(
            "config/holidays/2023.yml：日期 2022-12-31 重复，已由 config/holidays/2022.yml 定义"));
  }

  @Test
  void givenSameYearTwice_thenError() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("a/2024.yml", VALID_2024);
    files.put("b/2024.yml", VALID_2024);

    assertThatThrownBy(() -> HolidayCalendarLoader.fromYaml(files))
        .isInstanceOf(HolidayDataException.class)
        .hasMessageContaining("b/2024.yml：year：2024年的数据重复，已由 a/2024.yml 定义");
  }

  @Test
  void givenStructuralMistakes_thenEveryProblemListedAtOnce() {
    String yaml = """
        year: 2025
        source: 通知
        holidays:
          - {name: 春节, from: 2024-02-30, to: 2024-02-17}
          - {nam: 清明节, from: 2024-04-04, to: 2024-04-06}
        adjustedWorkingDays:
          - {date: 2024-02-07, for: 元旦}
        remarks: x
        """;

    assertThatThrownBy(() -> load("config/holidays/2024.yml", yaml))
        .isInstanceOf(HolidayDataException.class)
        .satisfies(e -> assertThat(((HolidayDataException) e).getProblems()).containsExactlyInAnyOrder(
            "config/holidays/2024.yml：remarks：未知字段（允许：adjustedWorkingDays、announced、holidays、source、year）",
            "config/holidays/2024.yml：year：年份 2025 与文件名 2024.yml 不符",
            "config/holidays/2024.yml：holidays[0].from：不是有效日期（应为 yyyy-MM-dd）：2024-02-30",
            "config/holidays/2024.yml：holidays[1].nam：未知字段（允许：from、name、to）",
            "config/holidays/2024.yml：holidays[1].name：缺少节日名称",
            "config/holidays/2024.yml：adjustedWorkingDays[0].date：调休上班日 2024-02-07 是星期三，应为周六或周日",
            "config/holidays/2024.yml：adjustedWorkingDays[0].for：元旦 不是本文件 holidays 中的节日名称（有：）",
            "config/holidays/2024.yml：adjustedWorkingDays[0].date：日期 2024-02-07 不在 2025 年内"));
  }

  @Test
  void givenMissingSource_thenError() {
    String yaml = VALID_2024.lines().filter(l -> !l.startsWith("source")).reduce("", (a, b) -> a + b + "\n");

    assertThatThrownBy(() -> load("config/holidays/2024.yml", yaml))
        .isInstanceOf(HolidayDataException.class)
        .hasMessageContaining("config/holidays/2024.yml：source：缺少通知标题和文号");
  }

  @Test
  void givenUnannouncedYearWithDates_thenRefused() {
    String yaml = """
        year: 2027
        announced: false
        holidays:
          - {name: 元旦, from: 2027-01-01, to: 2027-01-01}
        """;

    assertThatThrownBy(() -> load("config/holidays/2027.yml", yaml))
        .isInstanceOf(HolidayDataException.class)
        .hasMessageContaining("config/holidays/2027.yml：announced：为 false 的文件不能列出日期：文件只能包含已公布的安排");
  }

  @Test
  void givenUnannouncedYear_thenLoadedButEveryDateRefused() {
    HolidayCalendar calendar = load("config/holidays/2027.yml", "year: 2027\nannounced: false\n");

    assertThat(calendar.unannouncedYears()).containsExactly(2027);
    assertThat(calendar.covers(2027)).isFalse();
    assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2027, 3, 1)))
        .isInstanceOf(CalendarDataMissingException.class)
        .hasMessageStartingWith("缺少2027年的节假日安排数据（config/holidays/2027.yml）");
  }

  @Test
  void givenInvalidYamlOrEmptyFile_thenError() {
    assertThatThrownBy(() -> load("config/holidays/2024.yml", "year: [2024"))
        .isInstanceOf(HolidayDataException.class)
        .hasMessageContaining("config/holidays/2024.yml：不是有效的 YAML");
    assertThatThrownBy(() -> load("config/holidays/2024.yml", ""))
        .isInstanceOf(HolidayDataException.class)
        .hasMessageContaining("config/holidays/2024.yml：文件为空");
    assertThatThrownBy(() -> load("config/holidays/2024.yml", "year: 2024\nyear: 2025\n"))
        .isInstanceOf(HolidayDataException.class)
        .hasMessageContaining("config/holidays/2024.yml：不是有效的 YAML");
  }

  @Test
  void givenLocationWithoutFiles_thenError() {
    assertThatThrownBy(() -> HolidayCalendarLoader.load("classpath*:no-such-folder/*.yml"))
        .isInstanceOf(HolidayDataException.class)
        .hasMessageContaining("在 classpath*:no-such-folder/*.yml 没有找到节假日数据文件");
  }

  @Test
  void givenSameDataTwice_thenSameFingerprint_andChangedDataAnotherOne() {
    HolidayCalendar a = load("x/2024.yml", VALID_2024);
    HolidayCalendar b = load("y/2024.yml", VALID_2024.replace("通知（", "通知 （"));
    HolidayCalendar c = load("x/2024.yml", VALID_2024.replace("to: 2024-02-17", "to: 2024-02-16"));

    assertThat(a.fingerprint()).isEqualTo(b.fingerprint()).isNotEqualTo(c.fingerprint());
  }

  @Test
  void givenTheProductsFiles_thenAllValid() {
    HolidayCalendar calendar = HolidayCalendarLoader.loadDefault();

    assertThat(calendar.years().values()).extracting(HolidayYear::file).containsExactly(
        List.of(2021, 2022, 2023, 2024, 2025, 2026, 2027).stream()
            .map(y -> "config/holidays/" + y + ".yml").toArray(String[]::new));
  }

  private static HolidayCalendar load(String file, String yaml) {
    return HolidayCalendarLoader.fromYaml(Map.of(file, yaml));
  }
}
