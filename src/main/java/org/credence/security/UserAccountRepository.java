package org.credence.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    /** Asked on every API request (HTTP Basic): the roles in the same query, not a second one. */
    @EntityGraph(attributePaths = "roles")
    Optional<UserAccount> findByUsername(String username);

    List<UserAccount> findAllByOrderByUsername();

    boolean existsByRolesContaining(Role role);
}
