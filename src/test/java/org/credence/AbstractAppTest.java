package org.credence;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Arrays;
import kotlin.jvm.functions.Function0;
import org.credence.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.ActiveProfiles;

/** Browserless UI tests: a mocked Vaadin session on the real Spring context and database. */
@SpringBootTest
@ActiveProfiles("test")
public abstract class AbstractAppTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("org.credence");
    }

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
        login("demo", Role.values());
    }

    protected void login(String username, Role... roles) {
        Authentication authentication = TestSecurity.signIn(context, username, roles);
        // Vaadin's view access control reads the request's principal and roles.
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole(
                (principal, role) -> Arrays.stream(roles).anyMatch(r -> r.name().equals(role)));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        TestSecurity.signOut(context);
    }
}
