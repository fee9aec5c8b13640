package org.credence.base.web;

import org.springframework.data.domain.PageRequest;

/** The API's one way to ask for a page: {@code page} from 0, {@code size} 1–1000 (default 100). */
public final class Paging {

    public static final int MAX_PAGE_SIZE = 1000;
    public static final String DEFAULT_SIZE = "100";

    private Paging() {}

    /**
     * @throws IllegalArgumentException (400) for a negative page, a size outside 1–1000, or a page
     *         that starts beyond any list
     */
    public static PageRequest of(int page, int size, String items) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException(
                    "'page' must be 0 or more and 'size' between 1 and " + MAX_PAGE_SIZE + ".");
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Page " + page + " of " + size + " starts after " + items
                    + " 2,147,483,647, beyond any corpus: ask for a smaller page number.");
        }
        return PageRequest.of(page, size);
    }
}
