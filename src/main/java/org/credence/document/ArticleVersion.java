package org.credence.document;

/**
 * Where a document stands among the versions of one article (the same link imported again with other
 * text): version {@code number} of {@code count}, with its neighbours; {@code 1 of 1} for most documents.
 */
public record ArticleVersion(int number, int count, Long previousId, Long nextId) {

    public static final ArticleVersion ONLY = new ArticleVersion(1, 1, null, null);

    public boolean hasOthers() {
        return count > 1;
    }
}
