package org.credence.source;

import java.util.Map;

/**
 * How many documents each source has. Implemented by the document feature, which owns the documents;
 * the Sources view only asks.
 */
public interface DocumentsPerSource {

    /** Document counts by source id; sources without documents may be absent. */
    Map<Long, Long> counts();

    /**
     * The sources that have documents in some project: one whose documents are all in other projects
     * belongs to their investigations, and its name must not tell this project's members they exist.
     */
    java.util.Set<Long> withDocumentsAnywhere();
}
