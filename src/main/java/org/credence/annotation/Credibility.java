package org.credence.annotation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Admiralty (NATO) information credibility, as a reviewer grades a statement: 1 (confirmed by other
 * sources) to 6 (truth cannot be judged). An ordinal scale; the API, the exports and the database write
 * the number.
 */
public enum Credibility {
    CONFIRMED(1, "confirmed by other sources"),
    PROBABLY_TRUE(2, "probably true"),
    POSSIBLY_TRUE(3, "possibly true"),
    DOUBTFUL(4, "doubtful"),
    IMPROBABLE(5, "improbable"),
    CANNOT_BE_JUDGED(6, "truth cannot be judged");

    private final int grade;
    private final String meaning;

    Credibility(int grade, String meaning) {
        this.grade = grade;
        this.meaning = meaning;
    }

    @JsonValue
    public int grade() {
        return grade;
    }

    public String meaning() {
        return meaning;
    }

    /** "2 — probably true", as pick lists show a grade. */
    public String title() {
        return grade + " — " + meaning;
    }

    /**
     * The grade for a number; null for null (ungraded).
     *
     * @throws IllegalArgumentException naming the scale
     */
    @JsonCreator
    public static Credibility of(Integer grade) {
        if (grade == null) {
            return null;
        }
        for (Credibility c : values()) {
            if (c.grade == grade) {
                return c;
            }
        }
        throw new IllegalArgumentException("Information credibility is graded 1 (confirmed by other sources) to 6"
                + " (cannot be judged), not " + grade + ".");
    }
}
