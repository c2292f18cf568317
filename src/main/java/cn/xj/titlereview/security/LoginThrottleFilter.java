package cn.xj.titlereview.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.xj.titlereview.calendar.BeijingTime;
import cn.xj.titlereview.calendar.ProductClock;

/**
 * In front of every way to log in (product API and engine REST with HTTP Basic, the webapps' login
 * form): a request that brings credentials from an address with too many recent failures gets 429 with
 * the time it may try again, without its password being checked (so it locks no account); a 401 answer
 * to a request with credentials counts as a failure of its address ({@link LoginThrottle}).
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!bringsCredentials(request)) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        Optional<Instant> blocked = throttle.blockedUntil(address);
        if (blocked.isPresent()) {
            long seconds = Math.max(1, Duration.between(ProductClock.now(), blocked.get()).toSeconds());
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(seconds));
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"message\":\"本地址登录失败次数过多，请于"
                    + BeijingTime.format(blocked.get())
                    + "（北京时间）后再试\",\"errors\":[]}");
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            throttle.failed(address);
        }
    }

    /**
     * HTTP Basic, the open calls of registration and password reset ({@link OpenApiPaths}: a wrong code counts
     * as a failure of its address, {@link LoginThrottle#failed}), or the webapps' login
     * form ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}}).
     */
    static boolean bringsCredentials(HttpServletRequest request) {
        if (OpenApiPaths.isOpen(request)) {
            return true;
        }
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equalsIgnoreCase(request.getMethod()) && path.startsWith("/camunda/api/admin/auth/user/")
                && path.contains("/login/");
    }
}
