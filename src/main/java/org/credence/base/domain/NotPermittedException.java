package org.credence.base.domain;

/**
 * The user's role allows the kind of action, but not on this item (someone else's statement or claim
 * member). The message says who may; the API answers 403 with it.
 */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message);
    }
}
