package org.credence.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A signed-in person acting in one project. Its authorities are the person's roles <em>in that
 * project</em> (and ADMIN, which is global), so every {@code @Access} rule means "this role here"
 * without knowing about projects. The signed-in account underneath is kept for switching projects.
 */
public final class ProjectAuthentication extends AbstractAuthenticationToken {

    /** Acting in no project: a person who belongs to none sees nothing. */
    public static final long NO_PROJECT = -1;

    private final Authentication account;
    private final long projectId;

    public ProjectAuthentication(Authentication signedIn, long projectId, Collection<Role> rolesInProject) {
        super(authorities(account(signedIn), rolesInProject));
        this.account = account(signedIn);
        this.projectId = projectId;
        setDetails(signedIn.getDetails());
        setAuthenticated(true);
    }

    /** The person as they signed in, whichever project they act in. */
    public static Authentication account(Authentication authentication) {
        return authentication instanceof ProjectAuthentication acting ? acting.account : authentication;
    }

    /** Whether the account itself (not a project) gives this role: administrators are global. */
    public static boolean accountHas(Authentication authentication, Role role) {
        return account(authentication).getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(role.authority()));
    }

    public long projectId() {
        return projectId;
    }

    public Authentication account() {
        return account;
    }

    /** The roles held here, without the global ones. */
    public Set<Role> rolesInProject() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (role != Role.ADMIN
                    && getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role.authority()))) {
                roles.add(role);
            }
        }
        return roles;
    }

    @Override
    public Object getPrincipal() {
        return account.getPrincipal();
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public String getName() {
        return account.getName();
    }

    private static Collection<SimpleGrantedAuthority> authorities(
            Authentication account, Collection<Role> rolesInProject) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        rolesInProject.stream().filter(r -> r != Role.ADMIN).forEach(roles::add);
        if (accountHas(account, Role.ADMIN)) {
            roles.add(Role.ADMIN);
        }
        return roles.stream()
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList();
    }
}
