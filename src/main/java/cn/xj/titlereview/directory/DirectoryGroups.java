package cn.xj.titlereview.directory;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import cn.xj.titlereview.identity.RoleAuthorizations;
import cn.xj.titlereview.identity.RoleType;

/**
 * The Camunda group of each organisation of the directory ({@code unit<code>}, {@code competent<code>},
 * {@code committee<code>} and {@code expert<code>}, {@code hrb<region>}) with its role's authorizations,
 * created with the organisation in the same transaction; a new name renames the group. Done on behalf
 * of the product: the HR bureau's user may not create groups in the engine.
 */
@Component
class DirectoryGroups {

    private final IdentityService identityService;
    private final RoleAuthorizations authorizations;

    DirectoryGroups(IdentityService identityService, RoleAuthorizations authorizations) {
        this.identityService = identityService;
        this.authorizations = authorizations;
    }

    void ensure(String groupId, String name, RoleType type) {
        asProduct(() -> {
            Group group = identityService.createGroupQuery().groupId(groupId).singleResult();
            if (group == null) {
                group = identityService.newGroup(groupId);
                group.setType(type.name());
                group.setName(name);
                identityService.saveGroup(group);
            } else if (!name.equals(group.getName())) {
                group.setName(name);
                identityService.saveGroup(group);
            }
            authorizations.grant(groupId, type);
            return null;
        });
    }

    private <T> T asProduct(Supplier<T> work) {
        Authentication caller = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (caller != null) {
                identityService.setAuthentication(caller);
            }
        }
    }
}
