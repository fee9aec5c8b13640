package org.credence.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param demoUsers create the five demo accounts (password "demo") — the README's run command only
 * @param adminUsername with {@code adminPassword}: the first administrator, created when no admin exists
 */
@ConfigurationProperties("credence.accounts")
public record AccountProperties(boolean demoUsers, String adminUsername, String adminPassword) {}
