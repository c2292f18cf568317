package cn.xj.titlereview.declaration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.xj.titlereview.notice.ApplicationFacts;
import cn.xj.titlereview.notice.Education;
import cn.xj.titlereview.notice.Fact;

/** A declaration as the notice conditions see it: codes and yes/no facts only. */
public final class DeclarationFacts {

    private DeclarationFacts() {
    }

    /**
     * Facts for the notice conditions. The region is the first six digits of the employer unit code
     * (the codes of the organisation directory begin with the area's administrative code).
     */
    public static ApplicationFacts of(ApplicationContent c) {
        Situation s = c.situation();
        List<Fact> flags = new ArrayList<>();
        if (c.currentTitle() != null && !c.currentTitle().none()
                && Boolean.FALSE.equals(c.currentTitle().obtainedInXinjiang())) {
            flags.add(Fact.TITLE_OBTAINED_OUTSIDE_XINJIANG);
        }
        flag(flags, s.transferredFromGovernmentOrgan(), Fact.TRANSFERRED_FROM_GOVERNMENT_ORGAN);
        flag(flags, s.villageWork(), Fact.VILLAGE_WORK);
        flag(flags, s.aidXinjiang(), Fact.AID_XINJIANG);
        flag(flags, s.delegatedEvaluation(), Fact.DELEGATED_EVALUATION);
        flag(flags, s.skilledWorker(), Fact.SKILLED_WORKER);
        flag(flags, s.foreignNational(), Fact.FOREIGN_NATIONAL);
        if (Boolean.TRUE.equals(s.firstApplication()) || (c.currentTitle() != null && c.currentTitle().none())) {
            flags.add(Fact.FIRST_APPLICATION);
        }
        Optional<EducationEntry> highest = c.education().stream()
                .filter(e -> e.level() != null)
                .max(Comparator.comparing(EducationEntry::level));
        if (c.education().stream().anyMatch(e -> e.level() != null && e.level().noticeEducation() != null
                && Boolean.TRUE.equals(e.fullTime()))) {
            flags.add(Fact.FULL_TIME_GRADUATE);   // a full-time degree, even if a later one was part-time
        }
        Education education = highest.map(e -> e.level().noticeEducation()).orElse(null);
        String unit = c.employerUnitCode();
        String region = unit != null && unit.length() >= 6 && unit.substring(0, 6).chars().allMatch(Character::isDigit)
                ? unit.substring(0, 6) : null;
        return new ApplicationFacts(
                c.level(),
                c.series(), c.specialty(), education,
                c.employerType(),
                c.unitLevel(),
                region, flags.stream().filter(Objects::nonNull).collect(Collectors.toSet()));
    }

    private static void flag(List<Fact> flags, Boolean value, Fact fact) {
        if (Boolean.TRUE.equals(value)) {
            flags.add(fact);
        }
    }
}
