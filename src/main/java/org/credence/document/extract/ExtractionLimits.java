package org.credence.document.extract;

import java.time.Duration;

/**
 * @param parseTimeout how long one file may take to parse before it is given up
 * @param maxEmbeddedDepth how deep files inside files (attachments, embedded objects) are read
 * @param maxTextChars characters of text beyond which a file is refused rather than held in memory
 */
public record ExtractionLimits(Duration parseTimeout, int maxEmbeddedDepth, int maxTextChars) {

    public static final ExtractionLimits DEFAULT = new ExtractionLimits(Duration.ofSeconds(60), 3, 20_000_000);
}
