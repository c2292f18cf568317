package cn.xj.titlereview.identity;

import java.util.List;

/**
 * The organisations and demo users of {@code config/demo/organisations.yml}.
 * Group ids follow the role table of the design: unit&lt;code&gt;, competent&lt;code&gt;, committee&lt;code&gt;,
 * expert&lt;committee code&gt;, hrb&lt;region code&gt;, applicant, supervisor, designer.
 */
public record DemoDirectory(
        List<Organisation> hrBureaus,
        List<Organisation> competentUnits,
        List<EmployerUnit> employerUnits,
        List<Committee> committees,
        List<Person> applicants,
        List<Person> supervisors,
        List<Person> designers) {

    public record Person(String id, String lastName, String firstName) {
    }

    public record Organisation(String code, String name, List<String> notices, List<Person> users) {
        public Organisation {
            notices = nonNull(notices);
            users = nonNull(users);
        }
    }

    public record EmployerUnit(String code, String name, String competent, String level, String ownership,
                               List<Person> users) {
        public EmployerUnit {
            users = nonNull(users);
        }
    }

    public record Committee(String code, String name, String hrBureau, List<String> notices, List<Person> office,
                            List<Person> experts) {
        public Committee {
            notices = nonNull(notices);
            office = nonNull(office);
            experts = nonNull(experts);
        }
    }

    public DemoDirectory {
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
