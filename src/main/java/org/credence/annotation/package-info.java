/**
 * Statements: highlighted passages with a reviewer's label and details; the Reader; StatementVisibility, the one blind-review rule every read path goes through.
 * <p>May use: base, security, source, document. Blind review (BlindReview) and suggestions (StatementSuggestions) are interfaces other features implement.
 */
package org.credence.annotation;
