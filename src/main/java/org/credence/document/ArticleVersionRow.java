package org.credence.document;

/** The latest version of an article as the import finds it: enough to follow it, without its text. */
record ArticleVersionRow(long id, Long firstVersionId, int number, String textSha256) {}
