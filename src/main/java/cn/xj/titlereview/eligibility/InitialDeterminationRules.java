package cn.xj.titlereview.eligibility;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

import cn.xj.titlereview.declaration.EducationEntry;
import cn.xj.titlereview.notice.Education;
import cn.xj.titlereview.notice.NoticeDefinition.InitialDetermination;

/**
 * 初定 (Hejing notice): a full-time graduate of the notice's area, years of work by education (中专 3, 大专 2,
 * 本科 1), notice file {@code initialDetermination}.
 */
final class InitialDeterminationRules extends RuleFamily {

    InitialDeterminationRules(EligibilityCheck check) {
        super(check);
    }

    @Override
    public void apply() {
        if (!directRecognition && check.inScope && c.level() != null && !notice.titleReview()
                && notice.initialDetermination() != null) {
            initialDetermination(notice.initialDetermination());
        }
    }

    private void initialDetermination(InitialDetermination rule) {
        String clause = rule.clause();
        unitInTheNoticesArea(clause);
        Optional<EducationEntry> highest = highestEducation();
        if (highest.isEmpty()) {
            return;
        }
        EducationEntry entry = highest.get();
        if (Boolean.TRUE.equals(rule.fullTimeGraduateOnly())) {
            // the qualifying degree is the highest full-time one: a full-time 大专 graduate with a later
            // part-time 本科 is determined as a 大专 graduate (2 years), not refused
            Optional<EducationEntry> fullTime = c.education().stream()
                    .filter(e -> e.level() != null && Boolean.TRUE.equals(e.fullTime()))
                    .max(Comparator.comparing(EducationEntry::level));
            if (fullTime.isEmpty()) {
                if (Boolean.FALSE.equals(entry.fullTime())) {
                    fail("education", "初定条件", "初定须为全日制普通院校毕业生（所填学历均为非全日制）", clause);
                }
                return;
            }
            entry = fullTime.get();
        }
        Optional<Map.Entry<Education, Integer>> years = yearsForEducation(rule.workYearsByEducation(),
                entry.level().noticeEducation());
        if (years.isEmpty()) {
            fail("education", "初定条件", "初定的学历须为" + String.join("、", rule.workYearsByEducation().keySet()
                    .stream().sorted().map(Education::label).toList()) + "及以上", clause);
            return;
        }
        LocalDate from = c.professionStartDate();
        if (from != null && entry.graduationDate() != null && entry.graduationDate().isAfter(from)) {
            from = entry.graduationDate();   // counted from graduation: 毕业后从事专业技术工作
        }
        if (from != null) {
            int have = years(from, cutoff);
            int need = years.get().getValue();
            if (have < need) {
                fail("professionStartDate", "初定条件", years.get().getKey().label() + "毕业须从事专业技术工作满"
                        + need + "年，至" + cutoff + "仅" + served(from, cutoff), clause);
            }
        }
    }

    /** 初定 is for staff of the issuing area's units (Hejing: 在本县企（事）业单位); unit codes begin with their region's. */
    private void unitInTheNoticesArea(String clause) {
        var area = notice.area();
        String region = facts.regionCode();
        if (area == null || area.code() == null || area.level() == null || region == null) {
            return;
        }
        int digits = switch (area.level()) {
            case REGION -> 2;
            case PREFECTURE -> 4;
            default -> 6;
        };
        if (area.code().length() >= digits && !region.startsWith(area.code().substring(0, digits))) {
            fail("employerUnitCode", "初定条件", "初定只受理" + area.name() + "企（事）业单位专业技术人员的申报（用人单位所在地区代码"
                    + region + "）", clause);
        }
    }

    /** The years of the highest education the notice names at or below the applicant's. */
    private static Optional<Map.Entry<Education, Integer>> yearsForEducation(Map<Education, Integer> byEducation,
                                                                            Education education) {
        if (education == null) {
            return Optional.empty();
        }
        return byEducation.entrySet().stream()
                .filter(e -> e.getKey().ordinal() <= education.ordinal())
                .max(Map.Entry.comparingByKey());
    }
}
