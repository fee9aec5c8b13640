package org.credence.annotation;

import java.util.Collection;
import java.util.Map;

/**
 * What the editors decided about statements, as one line each for the reviewer who made them.
 * Implemented by the review feature; annotation only asks, so the two features stay acyclic.
 */
public interface ReviewStatus {

    /** Statement id → e.g. "Approved as Disputed by editor: …"; statements with no decision are absent. */
    Map<Long, String> describe(Collection<Long> statementIds);

    /** Those of the statements an editor approved, overrode or rejected. */
    java.util.Set<Long> decided(Collection<Long> statementIds);
}
