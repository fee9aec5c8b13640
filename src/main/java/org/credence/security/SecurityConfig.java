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

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ObjectMapper json) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) ->
                        writeError(response, json, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                                "Sign in: send your username and password with HTTP Basic (curl -u user:password).")))
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, e) ->
                        writeError(response, json, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                                "Your role does not allow this.")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain ui(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles/**", "/js/**").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    private static void writeError(HttpServletResponse response, ObjectMapper json, int status, String error,
            String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Credence API\"");
        }
        json.writeValue(response.getOutputStream(), Map.of("status", status, "error", error, "message", message));
    }
}
