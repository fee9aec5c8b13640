package org.credence.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The role checks in the services and password hashing: in force with or without the web server,
 * so the command line runs under the same rules (as a system actor, see {@link SystemTask}).
 */
@Configuration
@EnableMethodSecurity
class MethodSecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder(java.time.Clock clock) {
        return new VerifiedPasswordCache(new BCryptPasswordEncoder(), clock);
    }
}
