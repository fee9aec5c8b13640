package org.credence;

import java.util.Arrays;
import java.util.List;
import org.credence.security.Role;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;

/**
 * Signs a test in. Vaadin installs its own security-context strategy per Spring context and tests
 * keep several contexts cached, so the authentication goes to the strategy of the context under
 * test (what its services read) as well as to the global holder.
 */
public final class TestSecurity {

    private TestSecurity() {}

    public static Authentication signIn(ApplicationContext context, String username, Role... roles) {
        List<SimpleGrantedAuthority> authorities = Arrays.stream(roles)
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList();
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(
                new User(username, "", authorities), null, authorities);
        SecurityContextHolderStrategy strategy = context.getBean(SecurityContextHolderStrategy.class);
        SecurityContext securityContext = strategy.createEmptyContext();
        securityContext.setAuthentication(authentication);
        strategy.setContext(securityContext);
        SecurityContextHolder.setContext(securityContext);
        return authentication;
    }

    /** Signs in acting in one project with these roles there, as the web layer does for a member. */
    public static Authentication signInTo(ApplicationContext context, long projectId, String username, Role... roles) {
        Authentication account = signIn(context, username);
        Authentication acting =
                new org.credence.security.ProjectAuthentication(account, projectId, Arrays.asList(roles));
        SecurityContextHolderStrategy strategy = context.getBean(SecurityContextHolderStrategy.class);
        SecurityContext securityContext = strategy.createEmptyContext();
        securityContext.setAuthentication(acting);
        strategy.setContext(securityContext);
        SecurityContextHolder.setContext(securityContext);
        return acting;
    }

    public static void signOut(ApplicationContext context) {
        context.getBean(SecurityContextHolderStrategy.class).clearContext();
        SecurityContextHolder.clearContext();
    }
}
