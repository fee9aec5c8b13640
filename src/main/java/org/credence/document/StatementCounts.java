package org.credence.document;

import java.util.Collection;
import java.util.Map;

/**
 * How many statements each document has, as the signed-in user may see them (blind review hides
 * other reviewers' from a reviewer), how many are theirs and how many an editor decided. Implemented by
 * the annotation feature; the Library only asks.
 */
public interface StatementCounts {

    /** For each of the documents, the statements the signed-in user may see; documents without any may be absent. */
    Map<Long, Tally> visibleOn(Collection<Long> documentIds);

    /**
     * One document's statements as the reader may see them.
     *
     * @param visible the statements the reader may see
     * @param mine those of them the reader made
     * @param decided those of them an editor approved, overrode or rejected
     */
    record Tally(long visible, long mine, long decided) {
        public static final Tally NONE = new Tally(0, 0, 0);

        /** As the Library shows it: "5 (3 mine) · 2 decided", "3 (all mine)", "0". */
        public String describe() {
            StringBuilder text = new StringBuilder().append(visible);
            if (mine > 0) {
                text.append(mine == visible ? " (all mine)" : " (" + mine + " mine)");
            }
            if (decided > 0) {
                text.append(" · ").append(decided).append(" decided");
            }
            return text.toString();
        }
    }
}
