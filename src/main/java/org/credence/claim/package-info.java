/**
 * Claims: the same statement across sources, with members, verdicts, figure conflicts, matching and corpus search.
 * <p>May use: base, security, source, document, search, annotation, review.
 */
package org.credence.claim;
