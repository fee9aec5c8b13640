/**
 * Assignments and blind review, editors' decisions (the review queue), comments and agreement between reviewers.
 * <p>May use: base, security, document, annotation (through AnnotationService, LabelledSpans and StatementVisibility).
 */
package org.credence.review;
