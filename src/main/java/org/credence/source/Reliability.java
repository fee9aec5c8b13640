package org.credence.source;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;

/**
 * Admiralty (NATO) source reliability, as editors grade a source: A (completely reliable) to F
 * (cannot be judged). The API, the exports and the database write the letter.
 */
public enum Reliability {
    A("completely reliable"),
    B("usually reliable"),
    C("fairly reliable"),
    D("not usually reliable"),
    E("unreliable"),
    F("reliability cannot be judged");

    private final String meaning;

    Reliability(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }

    /** "B — usually reliable", as pick lists show a grade. */
    public String title() {
        return name() + " — " + meaning;
    }

    /**
     * The grade for a letter, either case; null for null or blank (ungraded).
     *
     * @throws IllegalArgumentException naming the scale
     */
    @JsonCreator
    public static Reliability parse(String grade) {
        if (grade == null || grade.isBlank()) {
            return null;
        }
        try {
            return valueOf(grade.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException notAGrade) {
            throw new IllegalArgumentException(
                    "Reliability is graded A (completely reliable) to F (cannot be judged)," + " not '" + grade + "'.");
        }
    }
}
