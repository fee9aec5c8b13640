package org.credence.project;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectChoiceRepository extends JpaRepository<ProjectChoice, String> {}
