package org.credence.document;

import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DocumentRepository extends JpaRepository<Document, Long> {

    // Id only: duplicate checks run for every imported file and must not load a document's text.
    @Query("select d.id from Document d where d.sha256 = :sha256")
    Optional<Long> findIdBySha256(String sha256);

    @Query("select min(d.id) from Document d where d.textSha256 = :textSha256")
    Optional<Long> findFirstIdByTextSha256(String textSha256);

    // The statement count is filled in by StatementCounts, which knows what the reader may see.
    @Query("""
            select new org.credence.document.DocumentSummary(d.id, d.title, d.author, d.originalFileName,
                d.publishedDate, d.charCount, d.sha256, d.sourceId)
            from Document d order by d.id""")
    Slice<DocumentSummary> findSummaries(Pageable pageable);

    @Query("select d.id from Document d where d.id >= :fromId order by d.id")
    java.util.List<Long> findIdsFrom(long fromId);

    @Query("""
            select new org.credence.document.DocumentRefRow(d.id, d.title, d.publishedDate, d.charCount,
                d.sourceId)
            from Document d where d.id in :ids""")
    java.util.List<DocumentRefRow> findRefs(java.util.Collection<Long> ids);

    @Query("select d.sourceId, count(d.id) from Document d where d.sourceId is not null group by d.sourceId")
    java.util.List<Object[]> countBySource();

    @Query("select d.text from Document d where d.id = :id")
    Optional<String> findText(long id);

    @Query("select d.id from Document d order by d.id")
    java.util.List<Long> findAllIds();

    @Query("select new org.credence.document.SearchableText(d.id, d.sourceId, d.text) from Document d"
            + " where d.id in :ids order by d.id")
    java.util.List<SearchableText> findTexts(java.util.Collection<Long> ids);
}
