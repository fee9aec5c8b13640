package org.credence.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.credence.AbstractServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/** Outside the demo: no default users, only the administrator the environment names. */
@TestPropertySource(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:credence-first-admin;DB_CLOSE_DELAY=-1",
            "credence.accounts.demo-users=false",
            "credence.accounts.admin-username=firstadmin",
            "credence.accounts.admin-password=first-secret"
        })
class FirstAdminTest extends AbstractServiceTest {

    @Autowired
    UserAccountService accounts;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void the_first_admin_comes_from_the_environment_and_there_are_no_other_accounts() {
        assertThat(accounts.list()).singleElement().satisfies(admin -> {
            assertThat(admin.username()).isEqualTo("firstadmin");
            assertThat(admin.roles()).containsExactly(Role.ADMIN);
        });
        assertThat(passwords.matches(
                        "first-secret",
                        accounts.loadUserByUsername("firstadmin").getPassword()))
                .isTrue();
    }
}
