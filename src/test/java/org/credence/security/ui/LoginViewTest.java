package org.credence.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import org.credence.AbstractAppTest;
import org.junit.jupiter.api.Test;

/** The sign-in form tells a person why it refuses them: a wrong password, or the throttle's wait. */
class LoginViewTest extends AbstractAppTest {

    @Test
    void a_throttled_sign_in_says_how_many_seconds_to_wait() {
        UI.getCurrent().navigate("login", QueryParameters.of("throttled", "8"));

        assertThat(_get(LoginForm.class).isError()).isTrue();
        assertThat(_get(LoginView.class).errorMessage().getTitle()).isEqualTo("Too many failed sign-ins");
        assertThat(_get(LoginView.class).errorMessage().getMessage())
                .isEqualTo("For safety, this account waits before the next try: try again in 8 seconds.");
    }

    @Test
    void a_wrong_password_shows_the_usual_error_and_a_forged_wait_is_ignored() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(_get(LoginForm.class).isError()).isTrue();
        assertThat(_get(LoginView.class).errorMessage().getTitle()).isNotEqualTo("Too many failed sign-ins");

        UI.getCurrent().navigate("login", QueryParameters.of("throttled", "<script>"));
        assertThat(_get(LoginForm.class).isError()).isFalse();
    }
}
