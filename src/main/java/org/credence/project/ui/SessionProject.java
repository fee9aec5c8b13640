package org.credence.project.ui;

import com.vaadin.flow.server.VaadinSession;
import org.credence.project.ActingProject;
import org.credence.project.ProjectNotFoundException;
import org.credence.security.ProjectAuthentication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The project this browser session acts in. Switching puts a {@link ProjectAuthentication} with the
 * person's roles there in the session (this request, later requests and Vaadin's push read it from
 * there) and remembers the choice for the next sign-in.
 */
@Component
public class SessionProject {

    private final ActingProject acting;
    private final SecurityContextHolderStrategy security;

    SessionProject(ActingProject acting, ObjectProvider<SecurityContextHolderStrategy> security) {
        this.acting = acting;
        this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public long id() {
        return acting.id();
    }

    /**
     * Acts in the project from now on.
     *
     * @return false, changing nothing, when the person may not read it (not a member, or it is gone)
     */
    public boolean switchTo(long projectId) {
        try {
            ProjectAuthentication next = acting.switchTo(security.getContext().getAuthentication(), projectId);
            SecurityContext context = security.createEmptyContext();
            context.setAuthentication(next);
            security.setContext(context);
            VaadinSession.getCurrent()
                    .getSession()
                    .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
            return true;
        } catch (ProjectNotFoundException notReadable) {
            return false;
        }
    }
}
