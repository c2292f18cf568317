package cn.xj.titlereview.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * Grants each role group what it needs in the webapps and no more. Tasks are not granted here:
 * the engine authorizes candidate groups and assignees on each task it creates.
 */
@Component
public class RoleAuthorizations {

    static final String TASKLIST = "tasklist";
    static final String COCKPIT = "cockpit";

    private final AuthorizationService authorizationService;

    public RoleAuthorizations(AuthorizationService authorizationService) {
        this.authorizationService = authorizationService;
    }

    /** Every logged-in user sees the shared task filters. Idempotent. */
    public void grantSharedFilters() {
        boolean present = authorizationService.createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GLOBAL).resourceType(Resources.FILTER).resourceId(ANY).count() > 0;
        if (!present) {
            Authorization global = authorizationService.createNewAuthorization(AUTH_TYPE_GLOBAL);
            global.setUserId(ANY);
            global.setResource(Resources.FILTER);
            global.setResourceId(ANY);
            global.addPermission(Permissions.READ);
            authorizationService.saveAuthorization(global);
        }
    }

    /** Grants the role's permissions to the group. Idempotent. */
    public void grant(String groupId, RoleType role) {
        grant(groupId, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
        // reading definitions lets Tasklist render the diagram and the deployed forms
        grant(groupId, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
        switch (role) {
            case SUPERVISOR -> {
                grant(groupId, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
                grant(groupId, Resources.PROCESS_DEFINITION, ANY, Permissions.READ,
                        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
                        ProcessDefinitionPermissions.READ_TASK);
                grant(groupId, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
                grant(groupId, Resources.TASK, ANY, Permissions.READ);
                grant(groupId, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
                grant(groupId, Resources.DEPLOYMENT, ANY, Permissions.READ);
                grant(groupId, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);
                grant(groupId, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
            }
            case DESIGNER -> {
                grant(groupId, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
                grant(groupId, Resources.DEPLOYMENT, ANY, Permissions.READ, Permissions.CREATE, Permissions.DELETE);
                grant(groupId, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
                grant(groupId, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
            }
            default -> {
                // reviewers, experts and applicants work their own tasks only
            }
        }
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizationService.createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId)
                .resourceType(resource).resourceId(resourceId).singleResult();
        Authorization authorization = existing != null ? existing
                : authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        if (existing == null) {
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        Set<Permission> missing = new LinkedHashSet<>(List.of(permissions));
        missing.removeIf(authorization::isPermissionGranted);
        if (missing.isEmpty() && existing != null) {
            return;
        }
        missing.forEach(authorization::addPermission);
        authorizationService.saveAuthorization(authorization);
    }
}
