package org.credence.project;

import java.util.OptionalLong;

/**
 * A kind of item the API addresses by its own id ({@code /api/documents/7}, {@code /api/statements/9})
 * whose project is found from the item, so that a request about it acts in that project and a
 * non-member is answered exactly as for a missing item. Each feature registers its own.
 */
public interface ProjectOwnedResource {

    /** The path segment before the id, e.g. {@code documents}. */
    String collection();

    /** The item's project, or empty when there is no such item. */
    OptionalLong projectOf(long id);

    /** The message a missing item is answered with (a hidden one gets the same). */
    String notFoundMessage(long id);
}
