package org.credence.claim;

/** Two members of a claim whose figures disagree, with the figures side by side. */
public record FigureConflict(
        long memberA, String sourceA, Figure figureA, long memberB, String sourceB, Figure figureB) {

    public String describe() {
        return sourceA + ": " + figureA.describe() + " vs " + sourceB + ": " + figureB.describe();
    }
}
