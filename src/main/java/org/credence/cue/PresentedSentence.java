package org.credence.cue;

import org.credence.annotation.Presentation;

/** A sentence (code points) and how its cue presents what it says. */
public record PresentedSentence(int start, int end, Presentation presentation) {

    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }
}
