package org.credence.history;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface HistoryRepository extends JpaRepository<HistoryEvent, Long> {

    List<HistoryEvent> findBySubjectTypeAndSubjectIdOrderById(String subjectType, long subjectId);

    List<HistoryEvent> findByDocumentIdOrderById(long documentId);
}
