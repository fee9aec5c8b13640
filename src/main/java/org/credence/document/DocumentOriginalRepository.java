package org.credence.document;

import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentOriginalRepository extends JpaRepository<DocumentOriginal, Long> {}
