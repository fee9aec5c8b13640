package org.credence.source;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SourceRepository extends JpaRepository<Source, Long> {

    Optional<Source> findByDomain(String domain);

    Optional<Source> findFirstByNameIgnoreCaseOrderByIdAsc(String name);

    // Document counts come from the document feature (DocumentsPerSource), which owns that table.
    String SUMMARY = """
            select new org.credence.source.SourceSummary(s.id, s.version, s.name, s.domain,
                0L, s.reliability, s.reliabilityRationale, s.gradedBy, s.gradedAt)
            from Source s
            """;

    @Query(SUMMARY + "order by lower(s.name), s.id")
    List<SourceSummary> findSummaries();

    @Query(SUMMARY + "where s.id = :id")
    Optional<SourceSummary> findSummary(long id);
}
