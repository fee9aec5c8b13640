package org.credence.security;

/** Who is acting. Every statement, import and decision records it. */
public interface CurrentUser {

    /** The acting user's login name. */
    String name();

    /**
     * The project the user acts in ({@link ProjectAuthentication}); empty where nobody chose one (start-up
     * tasks and the command line, which act in the Default project).
     */
    java.util.OptionalLong projectId();

    /** Whether the acting user holds {@code role} (in the project they act in, for project roles). */
    boolean has(Role role);

    /** The review team, its editors and admins bring documents and correct their provenance; researchers read. */
    default boolean maintainsDocuments() {
        return has(Role.REVIEWER) || has(Role.EDITOR) || has(Role.ADMIN);
    }

    /** A reviewer and nothing else: the one whom blind mode keeps from seeing other reviewers' labels. */
    default boolean onlyReviews() {
        return has(Role.REVIEWER) && !has(Role.EDITOR) && !has(Role.RESEARCHER) && !has(Role.ADMIN);
    }
}
