package cn.xj.titlereview.identity;

import java.util.List;

/**
 * An organisation file: {@code config/demo/organisations.yml} (the demo's organisations and users) or a
 * province's own seed ({@code config/directory/province.yml}). The organisations seed the directory tables
 * when they are empty; the people are the demo's users (see {@code DemoDataLoader}).
 * Group ids follow the role table of the design: unit&lt;code&gt;, competent&lt;code&gt;, committee&lt;code&gt;,
 * expert&lt;committee code&gt;, hrb&lt;region code&gt;, applicant, supervisor, designer.
 */
public record DemoDirectory(
        List<RegionEntry> regions,
        List<Organisation> hrBureaus,
        List<Organisation> competentUnits,
        List<EmployerUnit> employerUnits,
        List<Committee> committees,
        List<Person> applicants,
        List<Person> supervisors,
        List<Person> designers) {

    public record Person(String id, String lastName, String firstName) {
    }

    public record RegionEntry(String code, String name) {
    }

    /** An HR bureau (code = its region) or a competent department (with its region and credit code). */
    public record Organisation(String code, String name, String region, String creditCode, List<String> notices,
                               List<Person> users) {
        public Organisation {
            notices = nonNull(notices);
            users = nonNull(users);
        }
    }

    public record EmployerUnit(String code, String name, String creditCode, String region, String competent,
                               String level, String ownership, List<Person> users) {
        public EmployerUnit {
            users = nonNull(users);
        }
    }

    public record Committee(String code, String name, String hrBureau, String series, List<String> specialties,
                            List<String> levels, List<String> notices, List<Person> office, List<Person> experts) {
        public Committee {
            specialties = nonNull(specialties);
            levels = nonNull(levels);
            notices = nonNull(notices);
            office = nonNull(office);
            experts = nonNull(experts);
        }
    }

    public DemoDirectory {
        regions = nonNull(regions);
        hrBureaus = nonNull(hrBureaus);
        competentUnits = nonNull(competentUnits);
        employerUnits = nonNull(employerUnits);
        committees = nonNull(committees);
        applicants = nonNull(applicants);
        supervisors = nonNull(supervisors);
        designers = nonNull(designers);
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
