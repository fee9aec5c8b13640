package org.credence.project;

import java.time.Instant;

/**
 * A revision of a project's guidelines, Markdown as written. Revision 0 with an empty body: none yet.
 *
 * @param revision counts from 1; a change must name the revision it was based on
 */
public record GuidelinesView(long projectId, int revision, String body, String writtenBy, Instant writtenAt) {

    static GuidelinesView none(long projectId) {
        return new GuidelinesView(projectId, 0, "", null, null);
    }
}
