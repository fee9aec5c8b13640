package org.credence.project;

/** A project that does not exist, or that the reader is not a member of: they are answered alike (404). */
public class ProjectNotFoundException extends RuntimeException {

    public ProjectNotFoundException(long id) {
        super("Project " + id + " does not exist.");
    }
}
