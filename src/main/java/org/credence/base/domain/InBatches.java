package org.credence.base.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Reads by many ids as a few {@code IN} queries of at most 1,000 ids each: every database's limit. */
public final class InBatches {

    static final int SIZE = 1_000;

    private InBatches() {}

    /** The rows {@code query} finds for these ids (nulls and repeats dropped), batch after batch. */
    public static <T> List<T> read(Collection<Long> ids, Function<List<Long>, ? extends Collection<T>> query) {
        List<Long> distinct = ids.stream().filter(Objects::nonNull).distinct().toList();
        List<T> rows = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += SIZE) {
            rows.addAll(query.apply(distinct.subList(from, Math.min(distinct.size(), from + SIZE))));
        }
        return rows;
    }
}
