/**
 * Datasets (JSONL, CSV, W3C Web Annotation, dataset folders) and their restore: the corpus's read model, reading every feature's tables by name in streaming queries, using none of their entity classes.
 * <p>May use: every feature below it (base, security, source, document, search, annotation, review, claim).
 */
package org.credence.export;
