package org.credence.security;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up work (the seed corpus, command-line imports) as a named system actor with every role,
 * so services keep one set of access rules instead of an unchecked back door.
 */
public final class SystemTask {

    private SystemTask() {}

    public static <T> T runAs(String actor, Supplier<T> work) {
        return run(systemActor(actor), work);
    }

    /** {@code work} as the actor, with every role, in one project (a command line's {@code --….project=NAME}). */
    public static <T> T runIn(String actor, long projectId, Supplier<T> work) {
        return run(new ProjectAuthentication(systemActor(actor), projectId, java.util.List.of(Role.values())), work);
    }

    private static org.springframework.security.core.Authentication systemActor(String actor) {
        return UsernamePasswordAuthenticationToken.authenticated(
                actor,
                null,
                java.util.Arrays.stream(Role.values())
                        .map(r -> new SimpleGrantedAuthority(r.authority()))
                        .toList());
    }

    private static <T> T run(org.springframework.security.core.Authentication as, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(as);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void runAs(String actor, Runnable work) {
        runAs(actor, () -> {
            work.run();
            return null;
        });
    }
}
