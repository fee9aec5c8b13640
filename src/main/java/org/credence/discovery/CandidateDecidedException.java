package org.credence.discovery;

/** The candidate was accepted or dismissed (perhaps by someone else meanwhile): nothing more to do on it. */
public class CandidateDecidedException extends RuntimeException {

    public CandidateDecidedException(String message) {
        super(message);
    }
}
