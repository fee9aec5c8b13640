package org.credence;

import org.credence.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/** Service tests on H2, signed in as "demo" with every role unless a test signs in otherwise. */
@SpringBootTest
@ActiveProfiles("test")
public abstract class AbstractServiceTest {

    @Autowired
    protected ApplicationContext context;

    @BeforeEach
    void signInAsDemo() {
        signIn("demo", Role.values());
    }

    @AfterEach
    void signOut() {
        TestSecurity.signOut(context);
    }

    protected void signIn(String username, Role... roles) {
        TestSecurity.signIn(context, username, roles);
    }

    /** Signed in acting in one project, with these roles there. */
    protected void signInTo(long projectId, String username, Role... roles) {
        TestSecurity.signInTo(context, projectId, username, roles);
    }
}
