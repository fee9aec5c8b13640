package org.credence.source;

/** A source as other features name it: enough to show and to link, without the entity. */
public record SourceRef(long id, String name, String domain, Reliability reliability) {

    static SourceRef of(Source source) {
        return source == null
                ? null
                : new SourceRef(source.getId(), source.getName(), source.getDomain(), source.getReliability());
    }
}
