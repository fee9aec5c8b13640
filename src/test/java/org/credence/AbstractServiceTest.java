package org.credence;

import java.util.UUID;
import org.credence.project.ProjectService;
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

    /** A project of the test's own (made by an administrator), then signed in acting in it with these roles. */
    protected long signInToNewProject(String username, Role... roles) {
        signIn("admin", Role.ADMIN);
        long project = context.getBean(ProjectService.class)
                .create("Test " + UUID.randomUUID(), null, null)
                .id();
        signInTo(project, username, roles);
        return project;
    }
}
