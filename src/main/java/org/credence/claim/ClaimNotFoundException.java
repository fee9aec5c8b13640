package org.credence.claim;

/** A claim or claim member that does not exist (any more). */
public class ClaimNotFoundException extends RuntimeException {

    public ClaimNotFoundException(String message) {
        super(message);
    }
}
