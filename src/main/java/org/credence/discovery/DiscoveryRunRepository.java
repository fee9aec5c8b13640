package org.credence.discovery;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DiscoveryRunRepository extends JpaRepository<DiscoveryRun, Long> {

    Optional<DiscoveryRun> findFirstByProjectIdOrderByIdDesc(long projectId);

    boolean existsByProjectIdAndStatus(long projectId, String status);
}
