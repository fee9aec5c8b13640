package org.credence.document;

import java.util.Collection;
import java.util.Map;

/**
 * How many statements each document has, as the signed-in user may see them (blind review hides
 * other reviewers' from a reviewer). Implemented by the annotation feature; the Library only asks.
 */
public interface StatementCounts {

    /** For each of the documents, the statements the signed-in user may see; documents without any may be absent. */
    Map<Long, Long> visibleOn(Collection<Long> documentIds);
}
