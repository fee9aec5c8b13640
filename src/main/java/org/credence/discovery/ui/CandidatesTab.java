package org.credence.discovery.ui;

import org.credence.claim.ui.ClaimsBoardTab;
import org.credence.discovery.DiscoveryService;
import org.credence.security.CurrentUser;
import org.credence.security.Role;

/** The Candidates tab of the Claims board. */
@org.springframework.stereotype.Component
class CandidatesTab implements ClaimsBoardTab {

    private final DiscoveryService discovery;
    private final CurrentUser currentUser;

    CandidatesTab(DiscoveryService discovery, CurrentUser currentUser) {
        this.discovery = discovery;
        this.currentUser = currentUser;
    }

    @Override
    public String title() {
        return "Candidates";
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        // Editors start discovery; reviewers and editors accept, correct or dismiss what it proposes.
        return new CandidatesPanel(
                discovery,
                currentUser.has(Role.EDITOR) || currentUser.has(Role.ADMIN),
                currentUser.has(Role.REVIEWER) || currentUser.has(Role.EDITOR));
    }
}
