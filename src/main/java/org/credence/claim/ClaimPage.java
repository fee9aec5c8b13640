package org.credence.claim;

import java.util.List;

/** One page of the Claims board, newest first, with how many claims the reader may see in all. */
public record ClaimPage(List<ClaimView> claims, int page, int size, long total) {}
