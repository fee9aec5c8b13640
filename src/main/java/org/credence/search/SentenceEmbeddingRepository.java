package org.credence.search;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SentenceEmbeddingRepository extends JpaRepository<SentenceEmbedding, Long> {

    @Query("select distinct e.documentId from SentenceEmbedding e where e.model = :model")
    List<Long> findEmbeddedDocumentIds(String model);

    /** Rows of (row id, document id) after {@code afterId}: how each node's vector index finds what is new, cheaply. */
    @Query("select e.id, e.documentId from SentenceEmbedding e where e.id > :afterId and e.model = :model")
    List<Object[]> findDocumentsFrom(long afterId, String model);

    /** Documents with vectors of another model than this one (made by an earlier version). */
    @Query("select distinct e.documentId from SentenceEmbedding e where e.model <> :model")
    List<Long> findDocumentIdsEmbeddedByAnotherModel(String model);

    /** Removes a document's vectors of other models, once it has this model's. */
    @org.springframework.data.jpa.repository.Modifying
    @Query("delete from SentenceEmbedding e where e.documentId = :documentId and e.model <> :model")
    int deleteOtherModels(long documentId, String model);

    List<SentenceEmbedding> findByDocumentIdInAndModelOrderByStartAsc(
            java.util.Collection<Long> documentIds, String model);
}
