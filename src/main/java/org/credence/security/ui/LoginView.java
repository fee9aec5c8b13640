package org.credence.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

/** Sign-in. Spring Security checks the form's POST to /login. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Credence")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();
    /** The texts the form shows (LoginForm keeps its own copy out of reach). */
    private LoginI18n texts = LoginI18n.createDefault();

    public LoginView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setId("login-form");
        add(new H1("Credence"), new Paragraph("Source-credibility review"), login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        List<String> throttled = parameters.getOrDefault("throttled", List.of());
        if (!throttled.isEmpty() && throttled.get(0).matches("\\d{1,6}")) {
            texts = LoginI18n.createDefault();
            texts.getErrorMessage().setTitle("Too many failed sign-ins");
            texts.getErrorMessage()
                    .setMessage("For safety, this account waits before the next try: try again in " + throttled.get(0)
                            + " seconds.");
            login.setI18n(texts);
            login.setError(true);
            return;
        }
        login.setError(parameters.containsKey("error"));
    }

    LoginI18n.ErrorMessage errorMessage() {
        return texts.getErrorMessage();
    }
}
