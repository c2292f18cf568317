package cn.xj.titlereview.registration;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.xj.titlereview.identity.RoleAuthorizations;
import cn.xj.titlereview.identity.RoleGroups;
import cn.xj.titlereview.identity.RoleType;

/**
 * The group every registered applicant joins, with its Tasklist rights, exists on every installation: with the
 * demo data off (a real province) nobody else creates it. Idempotent, at each start.
 */
@Component
@Order(0)
class ApplicantGroupSetup implements ApplicationRunner {

    private final IdentityService identityService;
    private final RoleAuthorizations authorizations;

    ApplicantGroupSetup(IdentityService identityService, RoleAuthorizations authorizations) {
        this.identityService = identityService;
        this.authorizations = authorizations;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (identityService.createGroupQuery().groupId(RoleGroups.APPLICANT).count() == 0) {
            Group group = identityService.newGroup(RoleGroups.APPLICANT);
            group.setName("申报人");
            group.setType(RoleType.APPLICANT.name());
            identityService.saveGroup(group);
        }
        authorizations.grantSharedFilters();
        authorizations.grant(RoleGroups.APPLICANT, RoleType.APPLICANT);
    }
}
