package org.credence.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Refuses a sign-in attempt while {@link SignInThrottle} says its account or address must wait: the
 * API with 429 and {@code Retry-After}, the login form by sending the browser back to it with the wait.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    private static final BasicAuthenticationConverter BASIC = new BasicAuthenticationConverter();

    private final SignInThrottle throttle;
    private final ObjectMapper json;

    SignInThrottleFilter(SignInThrottle throttle, ObjectMapper json) {
        this.throttle = throttle;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = attemptedUsername(request);
        if (username != null) {
            Duration wait = throttle.admit(username, request.getRemoteAddr());
            if (!wait.isZero()) {
                long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
                refuse(request, response, seconds);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, long seconds) throws IOException {
        response.setHeader("Retry-After", Long.toString(seconds));
        if (isLoginForm(request)) {
            response.sendRedirect(request.getContextPath() + "/login?throttled=" + seconds);
            return;
        }
        response.setStatus(429);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(
                response.getOutputStream(),
                Map.of(
                        "status",
                        429,
                        "error",
                        "Too Many Requests",
                        "message",
                        "Too many failed sign-ins; try again in " + seconds + " s."));
    }

    /**
     * The name a request tries to sign in with: the login form's, or HTTP Basic's read exactly as Spring
     * Security reads it (any spacing after "Basic"), so no variant of the header slips past; null if neither.
     */
    private static String attemptedUsername(HttpServletRequest request) {
        if (isLoginForm(request)) {
            return request.getParameter("username");
        }
        try {
            UsernamePasswordAuthenticationToken basic = BASIC.convert(request);
            return basic == null ? null : basic.getName();
        } catch (AuthenticationException malformed) {
            return null;
        }
    }

    /** The decoded path, as Spring Security's matchers see it: "/%6cogin" is the login form too. */
    private static boolean isLoginForm(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && "/login".equals(UrlPathHelper.defaultInstance.getPathWithinApplication(request));
    }
}
