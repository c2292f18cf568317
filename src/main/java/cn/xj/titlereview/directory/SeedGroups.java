package cn.xj.titlereview.directory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.xj.titlereview.identity.DemoDirectory;
import cn.xj.titlereview.identity.RoleGroups;
import cn.xj.titlereview.identity.RoleType;

/**
 * The Camunda groups of the seed's organisations, once the engine runs (idempotent): on a real installation
 * the autonomous region's bureau {@code hrb650000}, ready for the administrator to give it a user.
 */
@Component
@Order(5)
class SeedGroups implements ApplicationRunner {

    private final DirectoryConfiguration.Seed seed;
    private final DirectoryGroups groups;

    SeedGroups(DirectoryConfiguration.Seed seed, DirectoryGroups groups) {
        this.seed = seed;
        this.groups = groups;
    }

    @Override
    public void run(ApplicationArguments args) {
        DemoDirectory organisations = seed.organisations();
        organisations.hrBureaus().forEach(b -> groups.ensure(RoleGroups.hrBureau(b.code()), b.name(), RoleType.HR_BUREAU));
        organisations.competentUnits().forEach(c ->
                groups.ensure(RoleGroups.competent(c.code()), c.name(), RoleType.COMPETENT_UNIT));
        organisations.employerUnits().forEach(u -> groups.ensure(RoleGroups.unit(u.code()), u.name(), RoleType.EMPLOYER_UNIT));
        organisations.committees().forEach(c -> {
            groups.ensure(RoleGroups.committee(c.code()), c.name() + "办事机构", RoleType.COMMITTEE_OFFICE);
            groups.ensure(RoleGroups.experts(c.code()), c.name() + "评审专家", RoleType.EXPERT);
        });
    }
}
