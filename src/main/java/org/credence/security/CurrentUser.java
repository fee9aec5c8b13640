package org.credence.security;

/** Who is acting. Every statement and import records it. */
public interface CurrentUser {

    /** The acting user's login name. */
    String name();
}
