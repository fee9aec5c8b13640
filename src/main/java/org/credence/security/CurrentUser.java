package org.credence.security;

/** Who is acting. Every statement, import and decision records it. */
public interface CurrentUser {

    /** The acting user's login name. */
    String name();

    /** Whether the acting user holds {@code role}. */
    boolean has(Role role);
}
