package org.credence.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.credence.security.ui.LoginView;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two doors. The REST API (/api/**) takes HTTP Basic on every request and keeps no session, so a
 * browser's cookies can never carry a forged request there (no CSRF token needed); it answers
 * 401/403 as JSON. The UI uses Vaadin's login view, a session and Vaadin's CSRF protection.
 * What each role may do is enforced again in the services ({@code @PreAuthorize}).
 */
@Configuration
@ConditionalOnWebApplication
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    /**
     * The strictest policy Vaadin 24.9's bootstrap and Push run under: its index page has inline
     * scripts and Flow evaluates server-sent JavaScript with {@code new Function} (hence 'unsafe-inline'
     * and 'unsafe-eval' for scripts; Vaadin's nonce mode does not cover Push in this version). Everything
     * else is same-origin only, so even injected script could not send data to another host (connect,
     * images, forms), load plug-ins, change the base URL or be framed. User text is never run in the
     * first place: it is inserted as text ({@code EscapingJourneyIT}).
     */
    static final String UI_CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
                    + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:;"
                    + " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** The API answers JSON and files only: nothing in a response may run or load anything. */
    static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ObjectMapper json, SignInThrottle throttle) throws Exception {
        return http.securityMatcher("/api/**")
                .addFilterBefore(new SignInThrottleFilter(throttle, json), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> writeError(
                        response,
                        json,
                        HttpServletResponse.SC_UNAUTHORIZED,
                        "Unauthorized",
                        "Sign in: send your username and password with HTTP Basic (curl -u user:password).")))
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, e) -> writeError(
                        response,
                        json,
                        HttpServletResponse.SC_FORBIDDEN,
                        "Forbidden",
                        "Your role does not allow this.")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(API_CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain ui(HttpSecurity http, ObjectMapper json, SignInThrottle throttle) throws Exception {
        http.addFilterBefore(new SignInThrottleFilter(throttle, json), UsernamePasswordAuthenticationFilter.class);
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers("/styles/**", "/js/**").permitAll());
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(UI_CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .build();
    }

    /**
     * Addresses Spring Security's firewall refuses ({@code //}, encoded slashes, {@code ..}): the API says so in
     * its JSON shape instead of sending the caller to the login page.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ObjectMapper json) {
        return (request, response, e) -> {
            if (request.getRequestURI().startsWith("/api/")) {
                writeError(
                        response,
                        json,
                        HttpServletResponse.SC_BAD_REQUEST,
                        "Bad Request",
                        "The address "
                                + request.getRequestURI() + " is not allowed (doubled or encoded slashes, '..' or other"
                                + " characters a path must not hold).");
            } else {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            }
        };
    }

    private static void writeError(
            HttpServletResponse response, ObjectMapper json, int status, String error, String message)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Credence API\"");
        }
        json.writeValue(response.getOutputStream(), Map.of("status", status, "error", error, "message", message));
    }
}
