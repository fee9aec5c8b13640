package org.credence.project;

/**
 * How a project works.
 *
 * @param blindMode reviewers see only their own labels on a document until they mark it done
 * @param reviewersPerDocument how many reviewers automatic assignment gives each document (1–20)
 * @param reviewersMayImport whether the project's reviewers may import documents (editors always may)
 * @param cueLexiconExtension more cue phrases for this project's Reader, one per line (null: none)
 */
public record ProjectSettings(
        boolean blindMode, int reviewersPerDocument, boolean reviewersMayImport, String cueLexiconExtension) {

    static final int MAX_REVIEWERS_PER_DOCUMENT = 20;
    static final int MAX_CUE_EXTENSION = 20_000;

    public static final ProjectSettings DEFAULT = new ProjectSettings(true, 2, true, null);

    /** @throws IllegalArgumentException saying what is out of range */
    public ProjectSettings {
        if (reviewersPerDocument < 1 || reviewersPerDocument > MAX_REVIEWERS_PER_DOCUMENT) {
            throw new IllegalArgumentException("Reviewers per document must be between 1 and "
                    + MAX_REVIEWERS_PER_DOCUMENT + ", not " + reviewersPerDocument + ".");
        }
        cueLexiconExtension = org.credence.base.domain.FreeText.check(
                "The cue lexicon extension", cueLexiconExtension, MAX_CUE_EXTENSION);
    }
}
