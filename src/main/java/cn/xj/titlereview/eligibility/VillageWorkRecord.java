package cn.xj.titlereview.eligibility;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.xj.titlereview.declaration.AnnualAssessment;
import cn.xj.titlereview.declaration.ApplicationContent;
import cn.xj.titlereview.declaration.AssessmentRating;
import cn.xj.titlereview.declaration.CurrentTitle;

/**
 * The village-work service (访惠聚/驻村 etc.) a direct-recognition application rests on, as the
 * decision table {@code direct-recognition-eligibility} reads it. The applicant gives the posting's
 * dates, as the posting certificate states them; the years are counted here, only since the current
 * title was obtained (取得现职称后) and up to the notice's cut-off. The years rated 优秀 are not asked
 * again: they are the longest run of consecutive years rated EXCELLENT in the annual-assessment rows
 * of the posting's calendar years that are already assessed (before the notice's year), at most
 * the years of service.
 *
 * @param countedFrom the later of the posting's start and the date of the current title
 * @param countedTo the posting's end, or the cut-off while still posted (never after the cut-off)
 * @param years full years from {@code countedFrom} to {@code countedTo}
 * @param assessmentYears the calendar years of the posting already assessed
 * @param missingAssessmentYears those of them without a rating in the form
 * @param excellentYears consecutive years rated 优秀 among them
 */
public record VillageWorkRecord(LocalDate countedFrom, LocalDate countedTo, int years, List<Integer> assessmentYears,
                                List<Integer> missingAssessmentYears, int excellentYears) {

    public VillageWorkRecord {
        assessmentYears = List.copyOf(assessmentYears);
        missingAssessmentYears = List.copyOf(missingAssessmentYears);
    }

    /** Empty while the posting's start is not given. */
    public static Optional<VillageWorkRecord> of(ApplicationContent c, int noticeYear, LocalDate cutoff) {
        LocalDate from = c.situation().villageWorkFrom();
        if (from == null) {
            return Optional.empty();
        }
        CurrentTitle title = c.currentTitle();
        if (title != null && !title.none() && title.obtainedOn() != null && title.obtainedOn().isAfter(from)) {
            from = title.obtainedOn();
        }
        LocalDate end = c.situation().villageWorkTo();
        LocalDate to = end == null || end.isAfter(cutoff) ? cutoff : end;
        int years = from.isAfter(to) ? 0 : Period.between(from, to).getYears();

        Map<Integer, AssessmentRating> ratings = c.annualAssessments().stream()
                .filter(a -> a.year() != null && a.rating() != null)
                .collect(Collectors.toMap(AnnualAssessment::year, AnnualAssessment::rating, (a, b) -> a));
        List<Integer> assessed = new ArrayList<>();
        List<Integer> missing = new ArrayList<>();
        int run = 0;
        int longest = 0;
        for (int year = from.getYear(); year <= Math.min(to.getYear(), noticeYear - 1); year++) {
            assessed.add(year);
            AssessmentRating rating = ratings.get(year);
            if (rating == null) {
                missing.add(year);
            }
            run = rating == AssessmentRating.EXCELLENT ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return Optional.of(new VillageWorkRecord(from, to, years, assessed, missing, Math.min(longest, years)));
    }

    /** "2018年、2019年" for messages. */
    static String yearList(List<Integer> years) {
        return years.stream().map(year -> year + "年").collect(Collectors.joining("、"));
    }
}
