package org.credence.document;

import java.time.LocalDate;

/** A {@link DocumentRef} as the query reads it, before its source is looked up. */
record DocumentRefRow(long id, String title, LocalDate publishedDate, int charCount, Long sourceId) {}
