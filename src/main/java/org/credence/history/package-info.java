/**
 * The audit trail of statements, decisions and claims, recorded from their events.
 * <p>May use: base, security, annotation, review, claim.
 */
package org.credence.history;
