package org.credence.security;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the accounts a fresh installation needs: the first administrator from
 * {@code CREDENCE_ACCOUNTS_ADMIN_USERNAME}/{@code _PASSWORD}, and in the demo the five demo users.
 * Outside the demo there are no default users. Passwords are never logged.
 */
@Component
@Order(0)
class AccountBootstrap implements ApplicationRunner {

    static final String DEMO_PASSWORD = "demo";
    static final Map<String, Set<Role>> DEMO_USERS = Map.of(
            "reviewer1", EnumSet.of(Role.REVIEWER),
            "reviewer2", EnumSet.of(Role.REVIEWER),
            "editor", EnumSet.of(Role.EDITOR),
            "researcher", EnumSet.of(Role.RESEARCHER),
            "admin", EnumSet.of(Role.ADMIN));
    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

    private final UserAccountService accounts;
    private final AccountProperties properties;

    AccountBootstrap(UserAccountService accounts, AccountProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.adminUsername() != null && !properties.adminUsername().isBlank() && !accounts.anyAdmin()) {
            accounts.createAccount(
                    properties.adminUsername(), "Administrator", properties.adminPassword(), EnumSet.of(Role.ADMIN));
            log.info("Created the first administrator '{}'.", properties.adminUsername());
        }
        if (properties.demoUsers()) {
            DEMO_USERS.forEach((username, roles) -> {
                if (!accounts.exists(username)) {
                    accounts.createAccount(username, username, DEMO_PASSWORD, roles);
                }
            });
            log.warn(
                    "Demo accounts {} exist with the README's demo password: for demonstration only.",
                    DEMO_USERS.keySet().stream().sorted().toList());
        }
        if (!accounts.anyAdmin()) {
            log.warn("No administrator exists: set CREDENCE_ACCOUNTS_ADMIN_USERNAME and"
                    + " CREDENCE_ACCOUNTS_ADMIN_PASSWORD and restart to create one.");
        }
    }
}
