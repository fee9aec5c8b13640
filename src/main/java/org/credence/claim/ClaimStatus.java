package org.credence.claim;

import java.util.Collection;
import org.credence.annotation.Label;

/** How a claim's status follows from its members' verdicts when no editor has made the final call. */
final class ClaimStatus {

    private ClaimStatus() {}

    /**
     * Disputed as soon as one member's verdict is disputed; confirmed when at least one is confirmed
     * and none disputed; otherwise unconfirmed — also when no member has a verdict yet.
     */
    static Label derive(Collection<Label> verdicts) {
        if (verdicts.contains(Label.DISPUTED)) {
            return Label.DISPUTED;
        }
        return verdicts.contains(Label.CONFIRMED) ? Label.CONFIRMED : Label.UNCONFIRMED;
    }
}
