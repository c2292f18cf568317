package cn.xj.titlereview.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import cn.xj.titlereview.identity.RoleGroups;

/**
 * HTTP Basic on the product API against the Camunda identity, like Camunda's own filter on
 * /engine-rest: the password is checked by {@link IdentityService#checkPassword} (with the
 * engine's login delay after failures), the user and their groups are set as the engine's
 * authentication for the request (so engine calls run under the engine's authorization checks)
 * and as the request's principal, and cleared afterwards. Without valid credentials: 401 JSON.
 *
 * <p>The calls of {@link OpenApiPaths} pass without a login (and without any engine authentication).
 * A principal already set by the container is taken as it is. Session cookies are not
 * accepted here: the API would then need CSRF protection.
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

    static final String REALM = "titlereview";

    private final IdentityService identityService;

    ApiAuthenticationFilter(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        if (OpenApiPaths.isOpen(request)) {
            // registration, codes and password resets: no account yet, or its password lost
            chain.doFilter(request, response);
            return;
        }
        String userId = request.getUserPrincipal() != null ? request.getUserPrincipal().getName() : null;
        if (userId == null) {
            String[] credentials = basicCredentials(request.getHeader("Authorization"));
            if (credentials == null) {
                refuse(request, response, "请先登录（HTTP Basic 认证）");
                return;
            }
            if (credentials[0].isEmpty() || credentials[1].isEmpty()
                    || !identityService.checkPassword(credentials[0], credentials[1])) {
                refuse(request, response, "用户名或密码不正确");
                return;
            }
            userId = credentials[0];
        }
        identityService.clearAuthentication();
        List<String> groups = new ArrayList<>();
        for (Group group : identityService.createGroupQuery().groupMember(userId).list()) {
            groups.add(group.getId());
        }
        List<String> tenants = new ArrayList<>();
        for (Tenant tenant : identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()) {
            tenants.add(tenant.getId());
        }
        if (isAdministration(request) && !groups.contains(RoleGroups.ADMIN)
                && !(isNoticePublishing(request) && groups.contains(RoleGroups.DESIGNER))) {
            // reloading the calendar or moving the simulation clock changes every campaign
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(isNoticePublishing(request)
                    ? "{\"message\":\"仅流程设计人员或系统管理员可以发布通知\",\"errors\":[]}"
                    : "{\"message\":\"仅系统管理员可以执行此操作\",\"errors\":[]}");
            return;
        }
        identityService.setAuthentication(userId, groups, tenants);
        try {
            chain.doFilter(new AuthenticatedRequest(request, userId), response);
        } finally {
            identityService.clearAuthentication();
        }
    }

    static boolean isAdministration(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/admin/") || path.startsWith("/api/simulation/");
    }

    /** Notice publishing: the designers' work, under /api/admin/ for administrators too. */
    static boolean isNoticePublishing(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api/admin/notices") || path.startsWith("/api/admin/notices/");
    }

    /** user and password of an HTTP Basic header, or null when there is none or it is malformed. */
    static String[] basicCredentials(String header) {
        if (header == null || header.length() < 6 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return null;
        }
        return new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    }

    /**
     * A page that sends the credentials itself marks its calls with {@code X-Requested-With:
     * XMLHttpRequest}: without the challenge the browser shows the page's login form, not its own dialog.
     */
    static boolean challenges(HttpServletRequest request) {
        return !"XMLHttpRequest".equalsIgnoreCase(request.getHeader("X-Requested-With"));
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String message)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        if (challenges(request)) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        }
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        // fixed texts only: nothing from the request is echoed
        response.getWriter().write("{\"message\":\"" + message + "\",\"errors\":[]}");
    }

    private static final class AuthenticatedRequest extends HttpServletRequestWrapper {
        private final Principal principal;

        AuthenticatedRequest(HttpServletRequest request, String userId) {
            super(request);
            this.principal = () -> userId;
        }

        @Override
        public Principal getUserPrincipal() {
            return principal;
        }

        @Override
        public String getRemoteUser() {
            return principal.getName();
        }

        @Override
        public String getAuthType() {
            return HttpServletRequest.BASIC_AUTH;
        }
    }
}
