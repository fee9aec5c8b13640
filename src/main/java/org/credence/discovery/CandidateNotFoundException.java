package org.credence.discovery;

/** No candidate with this id in the acting project (one in another project is answered the same). */
public class CandidateNotFoundException extends RuntimeException {

    public CandidateNotFoundException(long id) {
        super("Candidate " + id + " does not exist.");
    }
}
