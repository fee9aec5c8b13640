package org.credence.annotation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import org.credence.AbstractAppTest;
import org.credence.TestCorpus;
import org.credence.TestSecurity;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.Label;
import org.credence.document.DocumentService;
import org.credence.review.AssignmentService;
import org.credence.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Blind review is said where the reviewer reads, with "Mark done" beside it when the document is theirs. */
class ReaderBlindBannerTest extends AbstractAppTest {

    @Autowired
    DocumentService documents;

    @Autowired
    AnnotationService annotations;

    @Autowired
    AssignmentService assignments;

    long assigned;
    long notAssigned;

    @BeforeEach
    void twoReviewersOnADocumentAssignedToOne() {
        assigned = TestCorpus.importText(documents, "Blind banner. The commander was executed.");
        notAssigned = TestCorpus.importText(documents, "Not assigned. The bridge collapsed.");
        TestSecurity.signIn(context, "reviewer2", Role.REVIEWER);
        annotations.add(assigned, 14, 41, Label.DISPUTED);
        TestSecurity.signIn(context, "editor", Role.EDITOR);
        assignments.assign(assigned, "reviewer1");
    }

    @Test
    void a_reviewer_sees_the_banner_marks_the_document_done_and_then_sees_the_others_labels() {
        login("reviewer1", Role.REVIEWER);
        UI.getCurrent().navigate("documents/" + assigned);
        HighlightedText text = _get(HighlightedText.class, spec -> spec.withId("document-text"));
        assertThat(text.getStatements())
                .as("blind: reviewer2's label is hidden")
                .isEmpty();
        assertThat(_get(Span.class, spec -> spec.withId("blind-banner-text")).getText())
                .isEqualTo("Blind review: you see only your own labels until you mark this document done.");

        _click(_get(Button.class, spec -> spec.withId("blind-done")));

        _assertNone(BlindBanner.class);
        assertThat(text.getStatements())
                .singleElement()
                .satisfies(s -> assertThat(s.author()).isEqualTo("reviewer2"));
    }

    @Test
    void on_a_document_not_assigned_to_them_the_banner_says_why_and_offers_no_done() {
        login("reviewer1", Role.REVIEWER);
        UI.getCurrent().navigate("documents/" + notAssigned);

        assertThat(_get(Span.class, spec -> spec.withId("blind-banner-text")).getText())
                .contains("this document is not assigned to you");
        _assertNone(Button.class, spec -> spec.withId("blind-done"));
    }

    @Test
    void editors_see_every_label_and_no_banner() {
        login("editor", Role.EDITOR);
        UI.getCurrent().navigate("documents/" + assigned);

        _assertNone(BlindBanner.class);
    }
}
