package org.credence.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.stream.IntStream;
import org.credence.AbstractAppTest;
import org.credence.TestCorpus;
import org.credence.TestSecurity;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.Label;
import org.credence.annotation.StatementView;
import org.credence.document.DocumentService;
import org.credence.review.DecisionKind;
import org.credence.review.Overruled;
import org.credence.review.ReviewService;
import org.credence.review.ReviewState;
import org.credence.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A reviewer sees the labels an editor overrode or rejected, with the reasons, and nothing else. */
class MyDecisionsViewTest extends AbstractAppTest {

    @Autowired
    DocumentService documents;

    @Autowired
    AnnotationService annotations;

    @Autowired
    ReviewService reviews;

    @Test
    void overridden_and_rejected_labels_are_listed_with_the_reason_and_approved_ones_are_not() {
        long documentId =
                TestCorpus.importText(documents, "Feedback one is here. Feedback two is here. Feedback three is here.");
        TestSecurity.signIn(context, "reviewer7", Role.REVIEWER);
        StatementView overridden = annotations.add(documentId, 0, 21, Label.CONFIRMED);
        StatementView rejected = annotations.add(documentId, 22, 43, Label.CONFIRMED);
        StatementView approved = annotations.add(documentId, 44, 67, Label.UNCONFIRMED);
        TestSecurity.signIn(context, "reviewer8", Role.REVIEWER);
        StatementView someoneElses = annotations.add(documentId, 0, 21, Label.CONFIRMED);
        TestSecurity.signIn(context, "editor", Role.EDITOR);
        reviews.decide(overridden.id(), -1, DecisionKind.OVERRIDE, Label.DISPUTED, "The UN says otherwise.");
        reviews.decide(rejected.id(), -1, DecisionKind.REJECT, null, "Not a factual claim.");
        reviews.decide(approved.id(), -1, DecisionKind.APPROVE, null, null);
        reviews.decide(someoneElses.id(), -1, DecisionKind.OVERRIDE, Label.DISPUTED, "Same.");

        login("reviewer7", Role.REVIEWER);
        UI.getCurrent().navigate(MyDecisionsView.class);
        MyDecisionsView view = _get(MyDecisionsView.class);

        List<Overruled> rows = IntStream.range(0, GridKt._size(view.grid))
                .mapToObj(i -> GridKt._get(view.grid, i))
                .toList();
        assertThat(rows).extracting(Overruled::statementId).containsExactlyInAnyOrder(overridden.id(), rejected.id());
        Overruled override = rows.stream()
                .filter(o -> o.statementId() == overridden.id())
                .findFirst()
                .orElseThrow();
        assertThat(override.decision()).isEqualTo("Overridden: Disputed");
        assertThat(override.reason()).isEqualTo("The UN says otherwise.");
        assertThat(override.myLabel()).isEqualTo(Label.CONFIRMED);
        assertThat(override.quote()).isEqualTo("Feedback one is here.");
        assertThat(rows.stream()
                        .filter(o -> o.statementId() == rejected.id())
                        .findFirst()
                        .orElseThrow()
                        .state())
                .isEqualTo(ReviewState.REJECTED);
        assertThat(view.summary.getText()).startsWith("2 of your labels were overridden or rejected.");

        GridKt._clickItem(view.grid, 0);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("documents/" + documentId);
    }

    @Test
    void with_nothing_overruled_it_says_so() {
        login("reviewer9", Role.REVIEWER);
        UI.getCurrent().navigate(MyDecisionsView.class);
        MyDecisionsView view = _get(MyDecisionsView.class);

        assertThat(view.summary.getText()).isEqualTo("No editor has overridden or rejected any of your labels.");
        assertThat(GridKt._size(view.grid)).isZero();
    }
}
