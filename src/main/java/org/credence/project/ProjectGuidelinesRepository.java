package org.credence.project;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectGuidelinesRepository extends JpaRepository<ProjectGuidelines, Long> {

    Optional<ProjectGuidelines> findFirstByProjectIdOrderByRevisionDesc(long projectId);

    Optional<ProjectGuidelines> findByProjectIdAndRevision(long projectId, int revision);

    List<ProjectGuidelines> findByProjectIdOrderByRevisionDesc(long projectId);
}
