package cn.xj.titlereview.security;

import java.security.Principal;
import java.util.HashSet;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import cn.xj.titlereview.api.ApiProblemException;

/**
 * Who is calling: the request's principal if the servlet container or a filter set one, else the
 * user authenticated on the engine for this thread. Groups come from the engine's authentication
 * when it is the same user, else from the identity service.
 */
@Component
public class CurrentUser {

    private final IdentityService identityService;

    public CurrentUser(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** The caller; 401 when nobody is logged in. */
    public ApiUser require() {
        Authentication authentication = identityService.getCurrentAuthentication();
        String userId = principalName();
        if (userId == null && authentication != null) {
            userId = authentication.getUserId();
        }
        if (userId == null || userId.isBlank()) {
            throw new ApiProblemException(HttpStatus.UNAUTHORIZED, "请先登录");
        }
        if (authentication != null && userId.equals(authentication.getUserId())
                && authentication.getGroupIds() != null) {
            return new ApiUser(userId, new HashSet<>(authentication.getGroupIds()));
        }
        return new ApiUser(userId, groupsOf(userId));
    }

    Set<String> groupsOf(String userId) {
        Set<String> groups = new HashSet<>();
        for (Group group : identityService.createGroupQuery().groupMember(userId).list()) {
            groups.add(group.getId());
        }
        return groups;
    }

    private static String principalName() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            Principal principal = servlet.getRequest().getUserPrincipal();
            return principal == null ? null : principal.getName();
        }
        return null;
    }
}
