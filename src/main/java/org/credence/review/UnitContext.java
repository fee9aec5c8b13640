package org.credence.review;

import java.util.Map;
import org.credence.annotation.StatementDetails;

/**
 * What an editor reads beside a unit in the queue: the sentence (or sentences) it stands in, and each
 * reviewer's details (presentation, rationale, attribution) by statement id.
 */
public record UnitContext(String sentence, Map<Long, StatementDetails> details) {}
