package cn.xj.titlereview.calendar;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads {@code <year>.yml} holiday files (schema in the files' header) into a {@link
 * HolidayCalendar}. Plain Java (only Spring's resource resolver): usable without a Spring
 * context.
 *
 * <p>All problems of all files are collected and reported at once, each naming its file and
 * field; nothing is loaded when one is found.
 */
public final class HolidayCalendarLoader {

  /** Where the product's holiday files are (config/ is copied onto the classpath). */
  public static final String DEFAULT_LOCATION = "classpath*:config/holidays/*.yml";

  private static final Pattern FILE_NAME = Pattern.compile("(\\d{4})\\.yml");
  private static final Set<String> FILE_FIELDS =
      Set.of("year", "announced", "source", "holidays", "adjustedWorkingDays");
  private static final Set<String> HOLIDAY_FIELDS = Set.of("name", "from", "to");
  private static final Set<String> ADJUSTED_FIELDS = Set.of("date", "for");
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory()).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private HolidayCalendarLoader() {}

  /** Loads {@link #DEFAULT_LOCATION}. */
  public static HolidayCalendar loadDefault() {
    return load(DEFAULT_LOCATION);
  }

  /**
   * Loads every file matching a Spring resource pattern, e.g. {@code
   * classpath*:config/holidays/*.yml} or {@code file:/etc/title-review/holidays/*.yml}.
   *
   * @throws HolidayDataException when no file matches or any file is invalid
   */
  public static HolidayCalendar load(String locationPattern) {
    Resource[] resources;
    try {
      resources = new PathMatchingResourcePatternResolver().getResources(locationPattern);
    } catch (IOException e) {
      throw new HolidayDataException(List.of("无法读取节假日数据 " + locationPattern + "：" + e.getMessage()));
    }
    Map<String, String> files = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (Resource resource : resources) {
      String name = displayName(resource);
      try (InputStream in = resource.getInputStream()) {
        String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        if (files.putIfAbsent(name, content) != null && !files.get(name).equals(content)) {
          problems.add(name + "：类路径上有两个内容不同的同名文件（" + resource.getDescription() + "）");
        }
      } catch (IOException e) {
        problems.add(name + "：无法读取：" + e.getMessage());
      }
    }
    if (files.isEmpty() && problems.isEmpty()) {
      problems.add("在 " + locationPattern + " 没有找到节假日数据文件（<年份>.yml）");
    }
    if (!problems.isEmpty()) {
      throw new HolidayDataException(problems);
    }
    return fromYaml(files);
  }

  /**
   * Builds a calendar from YAML texts.
   *
   * @param yamlByFile file name used in messages (ending in {@code <year>.yml}) to its content
   * @throws HolidayDataException when any file is invalid or files conflict
   */
  public static HolidayCalendar fromYaml(Map<String, String> yamlByFile) {
    List<String> problems = new ArrayList<>();
    List<HolidayYear> years = new ArrayList<>();
    yamlByFile.forEach(
        (file, yaml) -> {
          HolidayYear year = parse(file, yaml, problems);
          if (year != null) {
            years.add(year);
          }
        });
    if (!problems.isEmpty()) {
      throw new HolidayDataException(problems);
    }
    return HolidayCalendar.of(years);
  }

  /** Parses and validates one file; adds its problems and returns null when it has any. */
  static HolidayYear parse(String file, String yaml, List<String> problems) {
    int before = problems.size();
    Problems p = new Problems(file, problems);
    JsonNode root;
    try {
      root = YAML.readTree(yaml);
    } catch (JsonProcessingException e) {
      p.add(null, "不是有效的 YAML：" + e.getOriginalMessage() + locationOf(e));
      return null;
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      p.add(null, "文件为空");
      return null;
    }
    if (!root.isObject()) {
      p.add(null, "文件内容应为包含 year、source、holidays、adjustedWorkingDays 的映射");
      return null;
    }
    unknownFields(root, FILE_FIELDS, "", p);

    Integer fileNameYear = null;
    Matcher matcher = FILE_NAME.matcher(file.substring(file.lastIndexOf('/') + 1));
    if (matcher.matches()) {
      fileNameYear = Integer.valueOf(matcher.group(1));
    } else {
      p.add(null, "文件名应为 <年份>.yml，例如 2024.yml");
    }

    JsonNode yearNode = root.get("year");
    Integer year = null;
    if (yearNode == null || yearNode.isNull()) {
      p.add("year", "缺少年份");
    } else if (!yearNode.isIntegralNumber() || !yearNode.canConvertToInt()) {
      p.add("year", "应为四位年份，实为 " + yearNode);
    } else {
      year = yearNode.intValue();
      if (fileNameYear != null && !fileNameYear.equals(year)) {
        p.add("year", "年份 " + year + " 与文件名 " + fileNameYear + ".yml 不符");
      }
    }

    boolean announced = true;
    JsonNode announcedNode = root.get("announced");
    if (announcedNode != null && !announcedNode.isNull()) {
      if (announcedNode.isBoolean()) {
        announced = announcedNode.booleanValue();
      } else {
        p.add("announced", "应为 true 或 false，实为 " + announcedNode);
      }
    }

    String source = null;
    JsonNode sourceNode = root.get("source");
    if (sourceNode != null && !sourceNode.isNull()) {
      if (sourceNode.isTextual() && !sourceNode.textValue().isBlank()) {
        source = sourceNode.textValue().strip();
      } else {
        p.add("source", "应为通知标题和文号，实为 " + sourceNode);
      }
    } else if (announced) {
      p.add("source", "缺少通知标题和文号（例如 国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号））");
    }

    List<Holiday> holidays = new ArrayList<>();
    List<String> holidayFields = new ArrayList<>();
    JsonNode holidaysNode = list(root, "holidays", p);
    for (int i = 0; i < holidaysNode.size(); i++) {
      String field = "holidays[" + i + "]";
      JsonNode node = holidaysNode.get(i);
      if (!node.isObject()) {
        p.add(field, "应为 {name, from, to}，实为 " + node);
        continue;
      }
      unknownFields(node, HOLIDAY_FIELDS, field + ".", p);
      String name = text(node, "name", field, p);
      LocalDate from = date(node, "from", field, p);
      LocalDate to = date(node, "to", field, p);
      if (from == null || to == null || name == null) {
        continue;
      }
      if (from.isAfter(to)) {
        p.add(field + ".from", "开始日期 " + from + " 晚于结束日期 " + to);
        continue;
      }
      if (year != null) {
        if (to.getYear() != year) {
          p.add(field + ".to", "日期 " + to + " 不在 " + year + " 年内");
        }
        if (from.getYear() != year && !inDecemberBefore(from, year)) {
          p.add(field + ".from", "日期 " + from + " 不在 " + year + " 年内（只有跨年的假期可以从上一年12月开始）");
        }
      }
      Holiday holiday = new Holiday(name, from, to);
      for (int j = 0; j < holidays.size(); j++) {
        Holiday other = holidays.get(j);
        if (other.name().equals(name)) {
          p.add(field + ".name", "节日名称 " + name + " 重复（" + holidayFields.get(j) + "）");
        }
        if (!from.isAfter(other.to()) && !other.from().isAfter(to)) {
          p.add(field, name + " " + from + "至" + to + " 与 " + holidayFields.get(j) + " " + other.name()
              + " " + other.from() + "至" + other.to() + " 日期重复");
        }
      }
      holidays.add(holiday);
      holidayFields.add(field);
    }

    List<AdjustedWorkingDay> adjusted = new ArrayList<>();
    List<String> adjustedFields = new ArrayList<>();
    JsonNode adjustedNode = list(root, "adjustedWorkingDays", p);
    for (int i = 0; i < adjustedNode.size(); i++) {
      String field = "adjustedWorkingDays[" + i + "]";
      JsonNode node = adjustedNode.get(i);
      if (!node.isObject()) {
        p.add(field, "应为 {date, for}，实为 " + node);
        continue;
      }
      unknownFields(node, ADJUSTED_FIELDS, field + ".", p);
      LocalDate date = date(node, "date", field, p);
      String forName = text(node, "for", field, p);
      if (date == null || forName == null) {
        continue;
      }
      DayOfWeek dayOfWeek = date.getDayOfWeek();
      if (dayOfWeek != DayOfWeek.SATURDAY && dayOfWeek != DayOfWeek.SUNDAY) {
        p.add(field + ".date", "调休上班日 " + date + " 是" + dayOfWeek.getDisplayName(TextStyle.FULL, Locale.CHINA)
            + "，应为周六或周日");
      }
      Holiday forHoliday = holidays.stream().filter(h -> h.name().equals(forName)).findFirst().orElse(null);
      if (forHoliday == null) {
        p.add(field + ".for", forName + " 不是本文件 holidays 中的节日名称（有："
            + String.join("、", holidays.stream().map(Holiday::name).toList()) + "）");
      }
      if (year != null && date.getYear() != year) {
        boolean newYearsEve = inDecemberBefore(date, year) && forHoliday != null
            && !forHoliday.from().isAfter(LocalDate.of(year, Month.JANUARY, 31));
        if (!newYearsEve) {
          p.add(field + ".date", "日期 " + date + " 不在 " + year + " 年内");
        }
      }
      for (int j = 0; j < holidays.size(); j++) {
        if (holidays.get(j).contains(date)) {
          p.add(field + ".date", "调休上班日 " + date + " 在 " + holidayFields.get(j) + " "
              + holidays.get(j).name() + " 的放假期间内");
        }
      }
      for (int j = 0; j < adjusted.size(); j++) {
        if (adjusted.get(j).date().equals(date)) {
          p.add(field + ".date", "调休上班日 " + date + " 重复（" + adjustedFields.get(j) + "）");
        }
      }
      adjusted.add(new AdjustedWorkingDay(date, forName));
      adjustedFields.add(field);
    }

    if (announced && holidaysNode.isEmpty() && problems.size() == before) {
      p.add("holidays", "announced 为 true 时不能为空");
    }
    if (!announced && (!holidaysNode.isEmpty() || !adjustedNode.isEmpty())) {
      p.add("announced", "为 false 的文件不能列出日期：文件只能包含已公布的安排");
    }
    if (problems.size() > before || year == null) {
      return null;
    }
    return new HolidayYear(year, announced, source, file, holidays, adjusted);
  }

  private static boolean inDecemberBefore(LocalDate date, int year) {
    return date.getYear() == year - 1 && date.getMonth() == Month.DECEMBER;
  }

  private static JsonNode list(JsonNode root, String field, Problems p) {
    JsonNode node = root.get(field);
    if (node == null || node.isNull()) {
      return YAML.createArrayNode();
    }
    if (!node.isArray()) {
      p.add(field, "应为列表，实为 " + node);
      return YAML.createArrayNode();
    }
    return node;
  }

  private static String text(JsonNode node, String name, String parent, Problems p) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      p.add(parent + "." + name, "缺少" + ("for".equals(name) ? "所属节日名称" : "节日名称"));
      return null;
    }
    if (!value.isTextual() || value.textValue().isBlank()) {
      p.add(parent + "." + name, "应为节日名称，实为 " + value);
      return null;
    }
    return value.textValue().strip();
  }

  private static LocalDate date(JsonNode node, String name, String parent, Problems p) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      p.add(parent + "." + name, "缺少日期");
      return null;
    }
    try {
      if (value.isTextual()) {
        return LocalDate.parse(value.textValue().strip());
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    p.add(parent + "." + name, "不是有效日期（应为 yyyy-MM-dd）：" + value.asText());
    return null;
  }

  private static void unknownFields(JsonNode node, Set<String> allowed, String prefix, Problems p) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!allowed.contains(name)) {
        p.add(prefix + name, "未知字段（允许：" + String.join("、", allowed.stream().sorted().toList()) + "）");
      }
    }
  }

  private static String locationOf(JsonProcessingException e) {
    return e.getLocation() == null ? "" : "（第 " + e.getLocation().getLineNr() + " 行）";
  }

  private static String displayName(Resource resource) {
    String url;
    try {
      url = resource.getURL().toString();
    } catch (IOException e) {
      url = String.valueOf(resource.getFilename());
    }
    int configAt = url.lastIndexOf("config/holidays/");
    if (configAt >= 0) {
      return url.substring(configAt);
    }
    int last = url.lastIndexOf('/');
    int previous = last > 0 ? url.lastIndexOf('/', last - 1) : -1;
    return previous >= 0 ? url.substring(previous + 1) : url;
  }

  private record Problems(String file, List<String> all) {
    void add(String field, String message) {
      all.add(file + "：" + (field == null ? "" : field + "：") + message);
    }
  }
}
