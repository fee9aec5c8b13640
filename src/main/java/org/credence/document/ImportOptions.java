package org.credence.document;

/** @param mainContentOnly for web pages, keep only the main content (Tika's boilerpipe handler) */
public record ImportOptions(boolean mainContentOnly) {

    public static final ImportOptions DEFAULT = new ImportOptions(false);
}
