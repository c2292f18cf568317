package cn.xj.titlereview.identity;

import java.util.List;
import java.util.Optional;

/**
 * The organisation directory as one consistent snapshot: regions (GB/T 2260), HR bureaus, competent
 * departments, employer units and evaluation committees. {@code token} names the change it reflects
 * (see {@link DirectoryStore}).
 */
public record Directory(String token, List<Region> regions, List<HrBureau> hrBureaus,
                        List<CompetentDepartment> competentDepartments, List<EmployerUnit> employerUnits,
                        List<Committee> committees) {

    /** An administrative division, by its GB/T 2260 code (650000 the autonomous region, 652900 a prefecture). */
    public record Region(String code, String name) {
    }

    /** 人社部门: one per region, its code is the region's; the notices it confirms. */
    public record HrBureau(String code, String name, List<String> notices) {
        public HrBureau {
            notices = nonNull(notices);
        }
    }

    /** 主管部门 of employer units; {@code creditCode} may be empty. */
    public record CompetentDepartment(String code, String name, String creditCode, String regionCode) {
    }

    /**
     * 用人单位: {@code ownership} an {@code EmployerType} name, {@code level} a {@code UnitLevel} name,
     * {@code competent} the code of its competent department.
     */
    public record EmployerUnit(String code, String name, String creditCode, String ownership, String level,
                               String regionCode, String competent) {
    }

    /**
     * 评审委员会: its series, the specialties it evaluates (none listed: every specialty of the series), its
     * levels ({@code Level} names), the notices it serves and the HR bureau that formed it.
     */
    public record Committee(String code, String name, String hrBureau, String series, List<String> specialties,
                            List<String> levels, List<String> notices) {
        public Committee {
            specialties = nonNull(specialties);
            levels = nonNull(levels);
            notices = nonNull(notices);
        }

        /** Whether this committee's series, specialties and levels cover the application's. */
        public boolean evaluates(String applicationSeries, String applicationSpecialty, String applicationLevel) {
            return series != null && series.equals(applicationSeries)
                    && (specialties.isEmpty() || applicationSpecialty != null && specialties.contains(applicationSpecialty))
                    && (levels.isEmpty() || applicationLevel != null && levels.contains(applicationLevel));
        }
    }

    public Directory {
        regions = nonNull(regions);
        hrBureaus = nonNull(hrBureaus);
        competentDepartments = nonNull(competentDepartments);
        employerUnits = nonNull(employerUnits);
        committees = nonNull(committees);
    }

    public Optional<Region> region(String code) {
        return regions.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    /**
     * Which committee of the notice evaluates an application (评审范围: each committee its series, specialties
     * and levels): the first, by code, whose series is the application's, whose specialties name the
     * application's (none listed: every specialty of the series) and whose levels name its level (none listed:
     * every level). A notice served by one committee alone sends it every application, as its notice does
     * (the directory does not list the notice's other committees). Empty: no committee of the notice
     * evaluates it.
     */
    public Optional<Committee> committeeFor(String noticeId, String series, String specialty, String level) {
        List<Committee> serving = committees.stream().filter(c -> c.notices().contains(noticeId)).toList();
        if (serving.size() == 1) {
            return Optional.of(serving.get(0));
        }
        return serving.stream().filter(c -> c.evaluates(series, specialty, level)).findFirst();
    }

    public Optional<CompetentDepartment> competentDepartment(String code) {
        return competentDepartments.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The directory a seed file describes (what the tables hold after seeding it). */
    public static Directory of(DemoDirectory seed) {
        return new Directory("seed",
                seed.regions().stream().map(r -> new Region(r.code(), r.name())).toList(),
                seed.hrBureaus().stream().map(b -> new HrBureau(b.code(), b.name(), b.notices())).toList(),
                seed.competentUnits().stream()
                        .map(c -> new CompetentDepartment(c.code(), c.name(), c.creditCode(), c.region())).toList(),
                seed.employerUnits().stream().map(u -> new EmployerUnit(u.code(), u.name(), u.creditCode(),
                        u.ownership(), u.level(), u.region(), u.competent())).toList(),
                seed.committees().stream().map(c -> new Committee(c.code(), c.name(), c.hrBureau(), c.series(),
                        c.specialties(), c.levels(), c.notices())).toList());
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
