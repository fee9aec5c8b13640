package org.credence.source;

import java.util.Map;

/**
 * How many documents each source has. Implemented by the document feature, which owns the documents;
 * the Sources view only asks.
 */
public interface DocumentsPerSource {

    /** Document counts by source id; sources without documents may be absent. */
    Map<Long, Long> counts();
}
