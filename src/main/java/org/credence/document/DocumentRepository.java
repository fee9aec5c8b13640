package org.credence.document;

import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DocumentRepository extends JpaRepository<Document, Long> {

    Optional<Document> findBySha256(String sha256);

    Optional<Document> findFirstByTextSha256OrderByIdAsc(String textSha256);

    // Statement is named only in JPQL so the document feature does not depend on annotation's classes.
    @Query("""
            select new org.credence.document.DocumentSummary(d.id, d.title, d.author, d.originalFileName,
                d.publishedDate, d.charCount, d.sha256,
                (select count(s.id) from Statement s where s.document = d), src.name)
            from Document d left join d.source src order by d.id""")
    Slice<DocumentSummary> findSummaries(Pageable pageable);
}
