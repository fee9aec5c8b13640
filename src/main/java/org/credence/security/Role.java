package org.credence.security;

/** What a person may do in Credence. One account may hold several. */
public enum Role {
    /** Highlights and labels statements; changes and deletes only their own. */
    REVIEWER("Reviewer"),
    /** Decides on reviewers' labels (approve, override, reject) and imports documents. */
    EDITOR("Editor"),
    /** Reads everything and exports datasets. */
    RESEARCHER("Researcher"),
    /** Manages accounts and sources. */
    ADMIN("Administrator");

    /** Spring Security authority names, for annotations that need constants. */
    public static final String REVIEWER_ROLE = "REVIEWER";

    public static final String EDITOR_ROLE = "EDITOR";
    public static final String RESEARCHER_ROLE = "RESEARCHER";
    public static final String ADMIN_ROLE = "ADMIN";

    private final String title;

    Role(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** The authority Spring Security checks, e.g. {@code ROLE_EDITOR}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
