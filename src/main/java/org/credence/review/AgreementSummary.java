package org.credence.review;

import java.util.List;

/**
 * The corpus-wide agreement figures alone, computed while streaming: for a dataset card, where the
 * full report (every unit, pair and document) would hold the corpus in memory.
 *
 * @param units spans labelled by two or more reviewers
 */
public record AgreementSummary(long units, List<String> reviewers, Double krippendorffAlpha, Double fleissKappa) {}
