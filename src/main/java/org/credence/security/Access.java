package org.credence.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Who may call a service method: the role matrix of Credence in one file. Services annotate their
 * methods with these instead of writing role expressions; {@code RoleMatrixApiTest} checks every
 * endpoint against every role. (Blind review is not a role question: see {@code StatementVisibility}.)
 */
public final class Access {

    private Access() {}

    /** Anyone signed in: reading documents, statements (as blind review allows), claims, search. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("isAuthenticated()")
    public @interface SignedIn {}

    /** Reviewers: make, change and delete their own statements; mark documents done; dismiss cues. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasRole('REVIEWER')")
    public @interface Reviewers {}

    /** Editors: decide on statements, assign documents, word claims and make the final call. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasRole('EDITOR')")
    public @interface Editors {}

    /** Editors and administrators: blind mode, source grades, restoring statements from exports. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public @interface EditorsAndAdmins {}

    /** Administrators: accounts. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasRole('ADMIN')")
    public @interface Admins {}

    /** The review team, its editors and admins bring documents in; researchers only read. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasAnyRole('REVIEWER', 'EDITOR', 'ADMIN')")
    public @interface Importers {}

    /** Reviewers and editors link passages into claims and decide on suggested matches. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasAnyRole('REVIEWER', 'EDITOR')")
    public @interface Linkers {}

    /** Editors, researchers and admins read agreement between reviewers (reviewers would see each other's labels). */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasAnyRole('EDITOR', 'RESEARCHER', 'ADMIN')")
    public @interface AgreementReaders {}

    /** Researchers, editors and admins export the corpus. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasAnyRole('RESEARCHER', 'EDITOR', 'ADMIN')")
    public @interface Exporters {}
}
