package org.credence.claim;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClaimRepository extends JpaRepository<Claim, Long> {

    @org.springframework.data.jpa.repository.Query("select c.projectId from Claim c where c.id = :id")
    java.util.Optional<Long> findProjectId(long id);
}
