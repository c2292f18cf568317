package cn.xj.titlereview.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the pre-check tells an applicant who has not served long enough, in the unit that helps. */
class ServedTimeTest {

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
            // the day before the anniversary, the day of, the day after
            "2023-10-31, 2024-10-30, 11个月, 0",
            "2023-10-30, 2024-10-30, 1年, 1",
            "2023-10-29, 2024-10-30, 1年, 1",
            "2019-10-21, 2024-10-20, 4年11个月, 4",
            "2019-10-20, 2024-10-20, 5年, 5",
            "2021-12-20, 2024-10-10, 2年9个月, 2",
            "2024-10-15, 2024-10-30, 不足1个月, 0",
            "2024-11-01, 2024-10-30, 不足1个月, 0"})
    void servedTimeIsWholeYearsAndMonthsAsTheRulesCountYears(LocalDate from, LocalDate to, String served, int years) {
        assertThat(RuleFamily.served(from, to)).isEqualTo(served);
        assertThat(RuleFamily.years(from, to)).isEqualTo(years);
    }
}
