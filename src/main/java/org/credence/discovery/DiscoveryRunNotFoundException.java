package org.credence.discovery;

/** No discovery run with this id in the acting project. */
public class DiscoveryRunNotFoundException extends RuntimeException {

    public DiscoveryRunNotFoundException(long id) {
        super("Discovery run " + id + " does not exist.");
    }
}
