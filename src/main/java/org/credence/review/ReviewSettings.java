package org.credence.review;

import org.credence.project.ProjectService;
import org.credence.security.Access;
import org.springframework.stereotype.Service;

/**
 * The review settings of the project the caller acts in. Blind mode (on by default) hides other
 * reviewers' labels from a reviewer until they have marked the document done, so labels stay
 * independent; each project has its own.
 */
@Service
public class ReviewSettings {

    private final ProjectService projects;

    ReviewSettings(ProjectService projects) {
        this.projects = projects;
    }

    public boolean blindMode() {
        return projects.actingSettings().blindMode();
    }

    /** How many reviewers automatic assignment gives each document, unless the editor says otherwise. */
    public int reviewersPerDocument() {
        return projects.actingSettings().reviewersPerDocument();
    }

    @Access.EditorsAndAdmins
    public void setBlindMode(boolean on) {
        projects.setActingBlindMode(on);
    }
}
