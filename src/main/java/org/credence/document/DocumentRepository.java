package org.credence.document;

import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DocumentRepository extends JpaRepository<Document, Long> {

    long countByProjectId(long projectId);

    @Query("select d.projectId from Document d where d.id = :id")
    Optional<Long> findProjectId(long id);

    // The statement count is filled in by StatementCounts, which knows what the reader may see.
    @Query("""
            select new org.credence.document.DocumentSummary(d.id, d.title, d.author, d.originalFileName,
                d.publishedDate, d.charCount, d.sha256, d.sourceId, d.versionNumber)
            from Document d where d.projectId = :projectId order by d.id""")
    Slice<DocumentSummary> findSummaries(long projectId, Pageable pageable);

    @Query("select d.id from Document d where d.id >= :fromId order by d.id")
    java.util.List<Long> findIdsFrom(long fromId);

    @Query("select d.id from Document d where d.projectId = :projectId order by d.id")
    java.util.List<Long> findIdsInProject(long projectId);

    @Query("""
            select new org.credence.document.DocumentRefRow(d.id, d.title, d.publishedDate, d.charCount,
                d.sourceId)
            from Document d where d.projectId = :projectId and d.id in :ids""")
    java.util.List<DocumentRefRow> findRefs(long projectId, java.util.Collection<Long> ids);

    @Query("select d.sourceId, count(d.id) from Document d"
            + " where d.projectId = :projectId and d.sourceId is not null group by d.sourceId")
    java.util.List<Object[]> countBySource(long projectId);

    @Query("select distinct d.sourceId from Document d where d.sourceId is not null")
    java.util.List<Long> findSourcesWithDocuments();

    @Query("select d.text from Document d where d.projectId = :projectId and d.id = :id")
    Optional<String> findText(long projectId, long id);

    @Query("select d.id from Document d where d.projectId = :projectId order by d.id")
    java.util.List<Long> findAllIds(long projectId);

    @Query("select new org.credence.document.SearchableText(d.id, d.projectId, d.sourceId, d.text) from Document d"
            + " where d.id in :ids order by d.id")
    java.util.List<SearchableText> findTexts(java.util.Collection<Long> ids);

    // The article a new import continues: the newest version (one nobody follows yet) under either link.
    @Query("""
            select new org.credence.document.ArticleVersionRow(d.id, d.firstVersionId, d.versionNumber, d.textSha256)
            from Document d where d.projectId = :projectId and (d.url in :links or d.fetchedFrom in :links)
                and not exists (select n.id from Document n where n.previousVersionId = d.id)
            order by d.versionNumber desc, d.id desc""")
    java.util.List<ArticleVersionRow> findLatestVersions(long projectId, java.util.Collection<String> links);

    boolean existsByPreviousVersionId(Long previousVersionId);

    @Query("select d.id from Document d where d.id = :firstId or d.firstVersionId = :firstId order by d.versionNumber")
    java.util.List<Long> findVersionIds(long firstId);
}
