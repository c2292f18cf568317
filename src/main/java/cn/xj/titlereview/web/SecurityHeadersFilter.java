package cn.xj.titlereview.web;

import java.io.IOException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Security headers on every response, refusals (401/403) included: no MIME sniffing, framing only
 * by the product itself, the referrer only to the product itself, and a Content-Security-Policy.
 *
 * <p>The Camunda webapps ({@code /camunda/**}) get their policy and {@code nosniff} from Camunda's
 * own header security (a per-request nonce, {@code 'unsafe-eval'} for the AngularJS forms): two
 * policies would both be enforced and break Tasklist, so this filter sets neither there.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class SecurityHeadersFilter extends OncePerRequestFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    private static final String WEBAPPS = "/camunda/";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "same-origin");
        if (!isWebapp(request)) {
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        }
        chain.doFilter(request, response);
    }

    private static boolean isWebapp(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(WEBAPPS);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
