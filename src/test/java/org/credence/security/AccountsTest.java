package org.credence.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.UUID;
import org.credence.AbstractServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

class AccountsTest extends AbstractServiceTest {

    @Autowired
    UserAccountService accounts;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void the_demo_accounts_exist_with_their_roles_and_bcrypt_passwords() {
        UserDetails editor = accounts.loadUserByUsername("editor");

        assertThat(editor.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_EDITOR");
        assertThat(editor.getPassword()).startsWith("$2a$").isNotEqualTo("demo");
        assertThat(passwords.matches("demo", editor.getPassword())).isTrue();
        assertThat(accounts.list())
                .extracting(UserSummary::username)
                .contains("reviewer1", "reviewer2", "editor", "researcher", "admin");
    }

    @Test
    void an_admin_creates_changes_and_deactivates_an_account() {
        String name = "user-" + UUID.randomUUID().toString().substring(0, 8);
        UserSummary created = accounts.create(name, "New Reviewer", "secret", EnumSet.of(Role.REVIEWER));

        UserSummary changed = accounts.update(
                created.id(), created.version(), "Senior Reviewer", EnumSet.of(Role.REVIEWER, Role.EDITOR), false);

        assertThat(changed.roles()).containsExactlyInAnyOrder(Role.REVIEWER, Role.EDITOR);
        assertThat(changed.active()).isFalse();
        assertThat(accounts.loadUserByUsername(name).isEnabled())
                .as("deactivated accounts cannot sign in")
                .isFalse();
    }

    @Test
    void bad_account_data_is_refused_with_a_message() {
        assertThatThrownBy(() -> accounts.create("Bad Name!", "x", "secret", EnumSet.of(Role.REVIEWER)))
                .hasMessageStartingWith("A username is 2–100 lower-case letters");
        assertThatThrownBy(() -> accounts.create("shortpw", "x", "abc", EnumSet.of(Role.REVIEWER)))
                .hasMessage("A password has at least 4 characters.");
        assertThatThrownBy(() -> accounts.create("noroles", "x", "secret", EnumSet.noneOf(Role.class)))
                .hasMessage("An account needs at least one role.");
        assertThatThrownBy(() -> accounts.create("editor", "x", "secret", EnumSet.of(Role.EDITOR)))
                .hasMessage("The username 'editor' is taken.");
    }

    @Test
    void a_stale_account_edit_is_refused() {
        String name = "user-" + UUID.randomUUID().toString().substring(0, 8);
        UserSummary created = accounts.create(name, "Someone", "secret", EnumSet.of(Role.REVIEWER));
        accounts.update(created.id(), created.version(), "Someone else", EnumSet.of(Role.REVIEWER), true);

        assertThatThrownBy(() ->
                        accounts.update(created.id(), created.version(), "Third", EnumSet.of(Role.REVIEWER), true))
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
    }

    @Test
    void only_admins_manage_accounts() {
        signIn("editor", Role.EDITOR);

        assertThatThrownBy(() -> accounts.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.create("sneaky", "x", "secret", EnumSet.of(Role.ADMIN)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
