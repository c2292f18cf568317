package cn.xj.titlereview.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;

/** Which timer job configurations count as working-day timers to recalculate. */
class TimerExpressionMatchTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "DATE: ${workdays.afterWorkingDays(publishedAt, 5)}                      | true",
      "DATE: ${workdays.afterWorkingDays(publishedAt, publicityWorkingDays)}   | true",
      "DATE: #{ workdays .afterWorkingDays(a, n)}                              | true",
      "DURATION: PT48H                                                          | false",
      "DATE: ${paymentDeadline}                                                 | false",
      "DATE: ${myworkdays.afterWorkingDays(a, n)}                               | false",
      "DATE: workdays.afterWorkingDays(a, n)                                    | false",
  })
  void givenJobConfiguration_thenMatchesOnlyExpressionsUsingTheWorkdaysBean(String configuration, boolean expected) {
    assertThat(TimerRecalculationService.usesWorkdays(configuration)).isEqualTo(expected);
  }

  @ParameterizedTest
  @NullSource
  void givenNoConfiguration_thenNoMatch(String configuration) {
    assertThat(TimerRecalculationService.usesWorkdays(configuration)).isFalse();
  }
}
