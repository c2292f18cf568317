package cn.xj.titlereview.identity;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;


import cn.xj.titlereview.identity.DemoDirectory.Person;

/**
 * Loads the demo organisations' groups and the demo users into the Camunda identity service at start-up
 * (the organisations themselves are seeded into the directory tables, see the directory package).
 * Idempotent: a restart or a second node adds only what is missing.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "titlereview.demo-data.enabled", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final IdentityService identityService;
    private final RoleAuthorizations authorizations;
    private final DemoDataProperties properties;
    private final DemoDirectory directory;

    DemoDataLoader(IdentityService identityService, RoleAuthorizations authorizations, ResourceLoader resourceLoader,
                   @Value("${titlereview.organisations.location:" + OrganisationsFile.DEMO + "}") String location,
                   DemoDataProperties properties) {
        this.identityService = identityService;
        this.authorizations = authorizations;
        this.properties = properties;
        this.directory = OrganisationsFile.read(resourceLoader, location);
    }

    @Override
    public void run(ApplicationArguments args) {
        authorizations.grantSharedFilters();
        int users = 0;
        users += role(RoleGroups.APPLICANT, "申报人", RoleType.APPLICANT, directory.applicants());
        users += role(RoleGroups.SUPERVISOR, "监督人员", RoleType.SUPERVISOR, directory.supervisors());
        users += role(RoleGroups.DESIGNER, "流程设计人员", RoleType.DESIGNER, directory.designers());
        for (var bureau : directory.hrBureaus()) {
            users += role(RoleGroups.hrBureau(bureau.code()), bureau.name(), RoleType.HR_BUREAU, bureau.users());
        }
        for (var competent : directory.competentUnits()) {
            users += role(RoleGroups.competent(competent.code()), competent.name(), RoleType.COMPETENT_UNIT,
                    competent.users());
        }
        for (var unit : directory.employerUnits()) {
            users += role(RoleGroups.unit(unit.code()), unit.name(), RoleType.EMPLOYER_UNIT, unit.users());
        }
        for (var committee : directory.committees()) {
            users += role(RoleGroups.committee(committee.code()), committee.name() + "办事机构",
                    RoleType.COMMITTEE_OFFICE, committee.office());
            users += role(RoleGroups.experts(committee.code()), committee.name() + "评审专家",
                    RoleType.EXPERT, committee.experts());
        }
        log.info("演示数据已就绪：{} 个演示用户", users);
    }

    private int role(String groupId, String groupName, RoleType type, List<Person> people) {
        ensureGroup(groupId, groupName, type);
        authorizations.grant(groupId, type);
        for (Person person : people) {
            ensureUser(person);
            if (identityService.createUserQuery().userId(person.id()).memberOfGroup(groupId).count() == 0) {
                identityService.createMembership(person.id(), groupId);
            }
        }
        return people.size();
    }

    private void ensureGroup(String groupId, String name, RoleType type) {
        if (identityService.createGroupQuery().groupId(groupId).count() > 0) {
            return;
        }
        Group group = identityService.newGroup(groupId);
        group.setName(name);
        group.setType(type.name());
        identityService.saveGroup(group);
    }

    private void ensureUser(Person person) {
        if (identityService.createUserQuery().userId(person.id()).count() > 0) {
            return;
        }
        User user = identityService.newUser(person.id());
        // the webapps show "first last": the whole Chinese name (姓 then 名) goes in the first field
        user.setFirstName(person.lastName() + person.firstName());
        user.setLastName("");
        user.setEmail(person.id() + "@demo.titlereview.local");
        user.setPassword(properties.password());
        identityService.saveUser(user);
    }
}
