/**
 * Publishers documents come from, matched on import, with their Admiralty reliability grade (Reliability A–F).
 * <p>May use: base, security. Asks document counts through DocumentsPerSource, which the document feature implements.
 */
package org.credence.source;
