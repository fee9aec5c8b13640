package org.credence.annotation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.credence.AbstractAppTest;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.Label;
import org.credence.annotation.StatementDetails;
import org.credence.document.DocumentService;
import org.credence.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A later version of an article says so above its text, links its neighbours, and "See changes" shows the
 * word diff and the statements to check; the earlier version points to the later one.
 */
class ReaderVersionNoticeTest extends AbstractAppTest {

    @Autowired
    DocumentService documents;

    @Autowired
    AnnotationService annotations;

    private final String link = "https://news.example.org/bridge/" + UUID.randomUUID();

    private long importPage(String body) {
        String html = "<html><head><title>Bridge</title><link rel=\"canonical\" href=\"" + link + "\"></head><body>"
                + body + "</body></html>";
        return documents
                .importFile("bridge.html", html.getBytes(StandardCharsets.UTF_8), "editor")
                .documentId();
    }

    @Test
    void a_later_version_shows_its_changes_and_the_statements_to_check() {
        login("editor", Role.EDITOR);
        long first = importPage("<p>At least 12 people were killed when the bridge collapsed.</p>"
                + "<p>The mayor blamed the contractor.</p>");
        login("reviewer1", Role.REVIEWER);
        String text = documents.text(first);
        int at = text.indexOf("At least 12");
        annotations.add(
                first,
                at,
                at + "At least 12 people were killed".length(),
                StatementDetails.of(Label.UNCONFIRMED),
                null);
        int mayor = text.indexOf("The mayor");
        annotations.add(
                first,
                mayor,
                mayor + "The mayor blamed the contractor.".length(),
                StatementDetails.of(Label.CONFIRMED),
                null);
        login("editor", Role.EDITOR);
        long later = importPage("<p>At least 15 people were killed when the bridge collapsed.</p>");

        login("reviewer1", Role.REVIEWER);
        UI.getCurrent().navigate("documents/" + later);
        VersionNotice notice = _get(VersionNotice.class, spec -> spec.withId("version-notice"));
        assertThat(notice.getElement().getTextRecursively())
                .isEqualTo("Version 2 of 2 of this article · ← Version 1 · See changes · Statements of version 1: 1"
                        + " carried over; 1 with changed text and 1 vanished: see changes to review them.");
        assertThat(_get(Anchor.class, spec -> spec.withId("version-previous")).getHref())
                .isEqualTo("documents/" + first);

        _click(_get(Button.class, spec -> spec.withId("version-changes")));
        VersionChangesDialog dialog = _get(VersionChangesDialog.class);
        assertThat(dialog.diff.getElement().getTextRecursively())
                .contains("At least 1215 people were killed")
                .contains("The mayor blamed the contractor.");
        assertThat(dialog.review.getElement().getTextRecursively())
                .contains("text changed, check it · reviewer1 · Unconfirmed · “At least 12 people were killed”")
                .contains(
                        "text vanished, not carried over · reviewer1 · Confirmed · “The mayor blamed the contractor.”");
        _click(_get(dialog, Button.class, spec -> spec.withText("Show")));
        _assertNone(VersionChangesDialog.class);

        UI.getCurrent().navigate("documents/" + first);
        assertThat(_get(VersionNotice.class).getElement().getTextRecursively())
                .isEqualTo("Version 1 of 2 of this article. A later version exists: Version 2 (latest) →");
        assertThat(_get(Anchor.class, spec -> spec.withId("version-next")).getHref())
                .isEqualTo("documents/" + later);
    }

    @Test
    void a_document_with_one_version_has_no_notice() {
        login("editor", Role.EDITOR);
        long only = importPage("<p>The bridge reopened on Monday.</p>");
        UI.getCurrent().navigate("documents/" + only);
        _assertNone(VersionNotice.class);
    }

    @Test
    void a_shortened_unchanged_stretch_is_cut_between_code_points() {
        String text = "a".repeat(VersionChangesDialog.CONTEXT - 1) + "😀" + "b".repeat(500) + "😀"
                + "c".repeat(VersionChangesDialog.CONTEXT - 1);
        String cut = VersionChangesDialog.shortened(text, false, false);
        assertThat(cut).contains(" … ").startsWith("a".repeat(VersionChangesDialog.CONTEXT - 1) + "😀");
        assertThat(cut).endsWith("😀" + "c".repeat(VersionChangesDialog.CONTEXT - 1));
        // no lone surrogate: every high surrogate is followed by its low one
        for (int i = 0; i < cut.length(); i++) {
            if (Character.isHighSurrogate(cut.charAt(i))) {
                assertThat(Character.isLowSurrogate(cut.charAt(++i))).isTrue();
            } else {
                assertThat(Character.isLowSurrogate(cut.charAt(i))).isFalse();
            }
        }
    }
}
