package cn.xj.titlereview.notice;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a notice condition may ask about one application. Unknown values are null (a condition
 * on them is then false), and a fact not in {@code flags} is false.
 */
public record ApplicationFacts(Level level, String series, String specialty, Education education,
                               EmployerType employer, UnitLevel unitLevel, String regionCode, Set<Fact> flags) {

    public ApplicationFacts {
        flags = flags == null || flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    }

    public static ApplicationFacts none() {
        return new ApplicationFacts(null, null, null, null, null, null, null, Set.of());
    }

    /**
     * A fact holds when it is flagged; {@code teacher} also holds for any teacher series
     * (a series whose name contains 教师).
     */
    public boolean holds(Fact fact) {
        if (flags.contains(fact)) {
            return true;
        }
        return fact == Fact.TEACHER && series != null && series.contains("教师");
    }

    public ApplicationFacts withLevel(Level value) {
        return new ApplicationFacts(value, series, specialty, education, employer, unitLevel, regionCode, flags);
    }

    public ApplicationFacts withSeries(String value) {
        return new ApplicationFacts(level, value, specialty, education, employer, unitLevel, regionCode, flags);
    }

    public ApplicationFacts withSpecialty(String value) {
        return new ApplicationFacts(level, series, value, education, employer, unitLevel, regionCode, flags);
    }

    public ApplicationFacts withEducation(Education value) {
        return new ApplicationFacts(level, series, specialty, value, employer, unitLevel, regionCode, flags);
    }

    public ApplicationFacts withEmployer(EmployerType value) {
        return new ApplicationFacts(level, series, specialty, education, value, unitLevel, regionCode, flags);
    }

    public ApplicationFacts withUnitLevel(UnitLevel value) {
        return new ApplicationFacts(level, series, specialty, education, employer, value, regionCode, flags);
    }

    public ApplicationFacts withRegionCode(String value) {
        return new ApplicationFacts(level, series, specialty, education, employer, unitLevel, value, flags);
    }

    public ApplicationFacts with(Fact... facts) {
        EnumSet<Fact> all = flags.isEmpty() ? EnumSet.noneOf(Fact.class) : EnumSet.copyOf(flags);
        all.addAll(java.util.List.of(facts));
        return new ApplicationFacts(level, series, specialty, education, employer, unitLevel, regionCode, all);
    }
}
