package cn.xj.titlereview.security;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The only calls of the product API open without a login: what a person needs before having an account or
 * when the password is lost (实名注册, 验证码, 找回密码, 单位注册). Exactly these paths with POST; everything else
 * under {@code /api/} requires HTTP Basic. They still pass the login throttle of their client address.
 */
public final class OpenApiPaths {

    public static final String VERIFICATION_CODES = "/api/verification-codes";
    public static final String REGISTRATIONS = "/api/registrations";
    public static final String PASSWORD_RESETS = "/api/password-resets";
    /** A unit's self-registration (单位注册): its contact has no account yet. */
    public static final String UNIT_REGISTRATIONS = "/api/unit-registrations";

    private static final Set<String> OPEN = Set.of(VERIFICATION_CODES, REGISTRATIONS, PASSWORD_RESETS, UNIT_REGISTRATIONS);

    private OpenApiPaths() {
    }

    static boolean isOpen(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && OPEN.contains(path(request));
    }

    static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
