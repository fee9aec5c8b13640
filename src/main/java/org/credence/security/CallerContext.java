package org.credence.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Carries the signed-in user onto background threads, so work started by a user is authorised and
 * recorded as that user. Uses the application's holder strategy (Vaadin installs its own), not the
 * static default, or the background thread would see nobody signed in.
 */
@Component
public class CallerContext {

    private final SecurityContextHolderStrategy strategy;

    CallerContext(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.strategy = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** The caller's context now, to hand to several pieces of work later. */
    public SecurityContext current() {
        return strategy.getContext();
    }

    /** {@code work} running as {@code caller}. */
    public Runnable as(SecurityContext caller, Runnable work) {
        DelegatingSecurityContextRunnable withCaller = new DelegatingSecurityContextRunnable(work, caller);
        withCaller.setSecurityContextHolderStrategy(strategy);
        return withCaller;
    }

    /** {@code work} running as whoever calls this method. */
    public Runnable asCurrent(Runnable work) {
        return as(current(), work);
    }
}
