package org.credence.annotation.ui;

import org.credence.document.DocumentDetails;

/** The one-line provenance under a document's title. */
final class ProvenanceLine {

    private ProvenanceLine() {
    }

    static String of(DocumentDetails d) {
        StringBuilder line = new StringBuilder();
        if (d.source() != null) {
            line.append(d.source().name()).append(" · ");
        }
        if (d.author() != null) {
            line.append(d.author()).append(" · ");
        }
        if (d.publishedDate() != null) {
            line.append(d.publishedDate()).append(" · ");
        }
        if (d.language() != null) {
            line.append(d.language()).append(" · ");
        }
        line.append(d.originalFileName()).append(" · ").append(d.charCount()).append(" characters · SHA-256 ")
                .append(d.sha256(), 0, 12).append('…');
        return line.toString();
    }
}
