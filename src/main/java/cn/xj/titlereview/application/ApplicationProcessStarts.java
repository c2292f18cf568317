package cn.xj.titlereview.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import cn.xj.titlereview.campaign.ApplicationProcessStart;
import cn.xj.titlereview.notice.ApplicationFacts;
import cn.xj.titlereview.notice.Education;
import cn.xj.titlereview.notice.Fact;
import cn.xj.titlereview.notice.Level;

/**
 * An application as the campaign's process start and the notice conditions see it: ids, codes and
 * yes/no facts only. For a gateway that starts through
 * {@link cn.xj.titlereview.campaign.CampaignProcessService#start}.
 */
public final class ApplicationProcessStarts {

    private ApplicationProcessStarts() {
    }

    public static ApplicationProcessStart of(Application application) {
        return new ApplicationProcessStart(application.applicationNo(), application.noticeId(),
                application.level() == null ? null : Level.valueOf(application.level().name()),
                application.series(), application.specialty(), application.employerUnitCode(),
                application.applicantUserId(), facts(application.content()));
    }

    /**
     * Facts for the notice conditions. The region is the first six digits of the employer unit code
     * (the codes of the organisation directory begin with the area's administrative code).
     */
    public static ApplicationFacts facts(ApplicationContent c) {
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
                c.level() == null ? null : Level.valueOf(c.level().name()),
                c.series(), c.specialty(), education,
                c.employerType() == null ? null : cn.xj.titlereview.notice.EmployerType.valueOf(c.employerType().name()),
                c.unitLevel() == null ? null : cn.xj.titlereview.notice.UnitLevel.valueOf(c.unitLevel().name()),
                region, flags.stream().filter(Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
    }

    private static void flag(List<Fact> flags, Boolean value, Fact fact) {
        if (Boolean.TRUE.equals(value)) {
            flags.add(fact);
        }
    }
}
