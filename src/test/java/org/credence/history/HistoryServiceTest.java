package org.credence.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.credence.AbstractServiceTest;
import org.credence.TestCorpus;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.Label;
import org.credence.annotation.StatementChangedException;
import org.credence.annotation.StatementDetails;
import org.credence.annotation.StatementView;
import org.credence.document.DocumentService;
import org.credence.review.DecisionKind;
import org.credence.review.ReviewService;
import org.credence.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class HistoryServiceTest extends AbstractServiceTest {

    @Autowired
    DocumentService documents;

    @Autowired
    AnnotationService annotations;

    @Autowired
    ReviewService reviews;

    @Autowired
    HistoryService history;

    @Test
    void every_create_change_decision_and_delete_is_recorded_with_who_when_before_and_after() {
        long documentId = TestCorpus.importText(documents, "Officials said the claim was false.");
        signIn("reviewer1", Role.REVIEWER);
        StatementView made = annotations.add(documentId, 0, 14, Label.UNCONFIRMED);
        StatementView changed = annotations.update(made.id(), made.version(), StatementDetails.of(Label.DISPUTED));
        signIn("editor", Role.EDITOR);
        reviews.decide(made.id(), -1, DecisionKind.OVERRIDE, Label.CONFIRMED, "Checked with the ministry.");
        signIn("reviewer1", Role.REVIEWER);
        annotations.delete(made.id());

        var entries = history.forStatement(made.id());

        assertThat(entries)
                .extracting(HistoryEntry::action)
                .containsExactly("created", "changed", "decision: approved", "deleted");
        assertThat(entries)
                .extracting(HistoryEntry::actor)
                .containsExactly("reviewer1", "reviewer1", "editor", "reviewer1");
        assertThat(entries.get(0).before()).isNull();
        assertThat(entries.get(0).after())
                .contains("\"quote\":\"Officials said\"")
                .contains("\"label\":\"UNCONFIRMED\"");
        assertThat(entries.get(1).before()).contains("\"label\":\"UNCONFIRMED\"");
        assertThat(entries.get(1).after()).contains("\"label\":\"DISPUTED\"");
        assertThat(entries.get(2).after())
                .contains("\"goldLabel\":\"CONFIRMED\"")
                .contains("Checked with the ministry.");
        assertThat(entries.get(3).after()).isNull();
        assertThat(entries).allSatisfy(e -> assertThat(e.occurredAt()).isNotNull());
        assertThat(history.forDocument(documentId)).hasSize(4);
        assertThat(changed.version()).isGreaterThan(made.version());
    }

    @Test
    void a_refused_change_leaves_no_trace() {
        long documentId = TestCorpus.importText(documents, "A refused change.");
        signIn("reviewer1", Role.REVIEWER);
        StatementView made = annotations.add(documentId, 0, 9, Label.UNCONFIRMED);
        annotations.update(made.id(), made.version(), StatementDetails.of(Label.DISPUTED));

        assertThatThrownBy(() -> annotations.update(made.id(), made.version(), StatementDetails.of(Label.CONFIRMED)))
                .isInstanceOf(StatementChangedException.class);

        assertThat(history.forStatement(made.id()))
                .extracting(HistoryEntry::action)
                .containsExactly("created", "changed");
    }
}
