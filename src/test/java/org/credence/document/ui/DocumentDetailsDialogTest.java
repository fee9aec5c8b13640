package org.credence.document.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.credence.AbstractAppTest;
import org.credence.TestCorpus;
import org.credence.document.DocumentDetails;
import org.credence.document.DocumentService;
import org.credence.document.ProvenanceCorrection;
import org.credence.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Reader's details panel: every provenance fact shown, corrections saved with the version read. */
class DocumentDetailsDialogTest extends AbstractAppTest {

    @Autowired
    DocumentService documents;

    long documentId;

    @BeforeEach
    void openReader() {
        documentId = TestCorpus.importText(documents, "Details headline\nBody of the report.");
        UI.getCurrent().navigate("documents/" + documentId);
    }

    @Test
    void the_panel_shows_provenance_checksums_and_the_original_file() {
        _click(_get(Button.class, spec -> spec.withId("document-details-open")));

        DocumentDetails document = documents.get(documentId);
        assertThat(_get(TextField.class, spec -> spec.withId("details-title")).getValue())
                .isEqualTo("Details headline");
        assertThat(_get(Span.class, spec -> spec.withId("details-sha256")).getText())
                .isEqualTo(document.sha256());
        assertThat(_get(Span.class, spec -> spec.withId("details-text-sha256")).getText())
                .isEqualTo(document.textSha256());
        assertThat(_get(Span.class, spec -> spec.withId("details-imported")).getText())
                .startsWith("test, ");
        assertThat(_get(Span.class, spec -> spec.withId("details-source")).getText())
                .isEqualTo("None yet — set a publisher or URL");
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("details-original"))
                        .getText())
                .isEqualTo(document.originalFileName());
    }

    @Test
    void a_correction_is_saved_shown_in_the_reader_and_gives_the_document_a_source() {
        String publisher = "Valley Courier " + UUID.randomUUID();
        _click(_get(Button.class, spec -> spec.withId("document-details-open")));

        _get(TextField.class, spec -> spec.withId("details-title")).setValue("Corrected headline");
        _get(TextField.class, spec -> spec.withId("details-publisher")).setValue(publisher);
        _get(TextField.class, spec -> spec.withId("details-url")).setValue("https://valley.example/story");
        _click(_get(Button.class, spec -> spec.withId("details-save")));

        DocumentDetails saved = documents.get(documentId);
        assertThat(saved.title()).isEqualTo("Corrected headline");
        assertThat(saved.source().name()).isEqualTo(publisher);
        assertThat(saved.source().domain()).isEqualTo("valley.example");
        assertThat(saved.modifiedBy()).isEqualTo("demo");
        assertThat(_get(H2.class, spec -> spec.withText("Corrected headline")).isVisible())
                .isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withId("document-provenance"))
                        .getText())
                .startsWith(publisher + " · ");
    }

    @Test
    void a_correction_over_someone_elses_is_refused_and_the_panel_stays_open() {
        _click(_get(Button.class, spec -> spec.withId("document-details-open")));
        long version = documents.get(documentId).version();
        documents.correctProvenance(
                documentId,
                new ProvenanceCorrection("Changed meanwhile", null, null, null, null, null, version),
                "editor");

        _get(TextField.class, spec -> spec.withId("details-title")).setValue("My change");
        _click(_get(Button.class, spec -> spec.withId("details-save")));

        assertThat(NotificationsKt.getNotifications())
                .anySatisfy(n -> assertThat(n.getElement().getProperty("text"))
                        .contains("changed by editor meanwhile; nothing was overwritten"));
        assertThat(documents.get(documentId).title()).isEqualTo("Changed meanwhile");
        assertThat(_get(DocumentDetailsDialog.class).isOpened()).isTrue();
    }

    @Test
    void a_researcher_reads_the_details_but_cannot_change_them() {
        login("researcher", Role.RESEARCHER);
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("documents/" + documentId);

        _click(_get(Button.class, spec -> spec.withId("document-details-open")));

        assertThat(_get(TextField.class, spec -> spec.withId("details-title")).isReadOnly())
                .isTrue();
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(Button.class, spec -> spec.withId("details-save"));
    }
}
