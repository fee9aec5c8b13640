package org.credence.discovery;

import java.util.List;

/** A page of open candidates and how many there are in all. */
public record CandidatePage(List<CandidateView> items, long total) {}
