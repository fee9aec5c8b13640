package org.credence.project;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectMemberRepository extends JpaRepository<ProjectMember, Long> {

    List<ProjectMember> findByProjectIdOrderByUsernameAscRoleAsc(long projectId);

    List<ProjectMember> findByProjectIdAndUsername(long projectId, String username);

    List<ProjectMember> findByUsername(String username);
}
