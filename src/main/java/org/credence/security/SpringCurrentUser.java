package org.credence.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/** The signed-in user of the current request, UI session or system task. */
@Component
class SpringCurrentUser implements CurrentUser {

    /** The same strategy method security reads (Vaadin's, which also finds the user in push requests). */
    private final SecurityContextHolderStrategy securityContext;

    SpringCurrentUser(ObjectProvider<SecurityContextHolderStrategy> securityContext) {
        // Without the web server (command line) there is no Vaadin strategy: the global one is used.
        this.securityContext = securityContext.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    @Override
    public String name() {
        Authentication authentication = securityContext.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new AuthenticationCredentialsNotFoundException("Sign in first.");
        }
        return authentication.getName();
    }

    @Override
    public java.util.OptionalLong projectId() {
        return securityContext.getContext().getAuthentication() instanceof ProjectAuthentication acting
                ? java.util.OptionalLong.of(acting.projectId())
                : java.util.OptionalLong.empty();
    }

    @Override
    public boolean has(Role role) {
        Authentication authentication = securityContext.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals(role.authority()));
    }
}
