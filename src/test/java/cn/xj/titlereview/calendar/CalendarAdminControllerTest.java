package cn.xj.titlereview.calendar;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The admin endpoints, without a Spring context. */
class CalendarAdminControllerTest {

  private final WorkdayCalendar workdays = WorkdayCalendar.of(HolidayCalendarLoader.loadDefault());
  private final CalendarReloadService reloadService = mock(CalendarReloadService.class);
  private MockMvc mvc;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.standaloneSetup(new CalendarAdminController(workdays, reloadService)).build();
  }

  @Test
  void givenLoadedData_whenSummaryRequested_thenYearsAndNoticesListed() throws Exception {
    mvc.perform(get("/api/admin/calendar"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.years.length()").value(7))
        .andExpect(jsonPath("$.years[3].year").value(2024))
        .andExpect(jsonPath("$.years[3].source").value("国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）"))
        .andExpect(jsonPath("$.years[3].holidays").value(7))
        .andExpect(jsonPath("$.years[3].adjustedWorkingDays").value(8))
        .andExpect(jsonPath("$.years[6].year").value(2027))
        .andExpect(jsonPath("$.years[6].announced").value(false))
        .andExpect(jsonPath("$.fingerprint").value(workdays.calendar().fingerprint()));
  }

  @Test
  void givenValidFiles_whenReloadPosted_thenRecalculationReported() throws Exception {
    when(reloadService.reload()).thenReturn(new CalendarReloadService.CalendarReloadResult(
        new TreeSet<>(List.of(2024, 2025)), new TreeSet<>(List.of(2027)), "abc", true,
        new TimerRecalculationResult(3, 2, 0, List.of(
            new TimerRecalculationResult.Failure("j1", "p1", "timer_publicity_end", "缺少2027年的节假日安排数据")))));

    mvc.perform(post("/api/admin/calendar/reload"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.years[1]").value(2025))
        .andExpect(jsonPath("$.unannouncedYears[0]").value(2027))
        .andExpect(jsonPath("$.dataChanged").value(true))
        .andExpect(jsonPath("$.timers.found").value(3))
        .andExpect(jsonPath("$.timers.moved").value(2))
        .andExpect(jsonPath("$.timers.failures[0].jobId").value("j1"))
        .andExpect(jsonPath("$.timers.failures[0].reason").value("缺少2027年的节假日安排数据"));
  }

  @Test
  void givenInvalidFiles_whenReloadPosted_thenConflictWithEveryProblem() throws Exception {
    when(reloadService.reload()).thenThrow(new HolidayDataException(List.of(
        "config/holidays/2024.yml：holidays[0].from：开始日期 2024-10-07 晚于结束日期 2024-10-01",
        "config/holidays/2025.yml：source：缺少通知标题和文号")));

    mvc.perform(post("/api/admin/calendar/reload"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.title").value("节假日数据有误"))
        .andExpect(jsonPath("$.detail").value("节假日数据有误，仍使用原有数据，请修正后重新加载"))
        .andExpect(jsonPath("$.errors.length()").value(2))
        .andExpect(jsonPath("$.errors[1]").value("config/holidays/2025.yml：source：缺少通知标题和文号"));
  }
}
