package org.credence.annotation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.credence.AbstractAppTest;
import org.credence.TestCorpus;
import org.credence.document.DocumentService;
import org.credence.project.ProjectService;
import org.credence.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Reader shows the guidelines of the document's project in its side panel, rendered, with their
 * revision; every statement dialog opens them over itself.
 */
class ReaderGuidelinesTest extends AbstractAppTest {

    @Autowired
    DocumentService documents;

    @Autowired
    ProjectService projects;

    @Autowired
    org.credence.annotation.AnnotationService annotations;

    @Test
    void a_reviewer_opens_the_projects_guidelines_from_the_reader() {
        long documentId = TestCorpus.importText(documents, "Guidelines headline\nThe toll rose to 15 on Tuesday.");
        long project = documents.get(documentId).projectId();
        login("editor", Role.EDITOR);
        int read = projects.guidelines(project).revision();
        projects.writeGuidelines(project, read, "# Counting the dead\n\nLabel the **figure**.");

        login("reviewer1", Role.REVIEWER);
        UI.getCurrent().navigate("documents/" + documentId);
        ReaderView reader = _get(ReaderView.class);
        assertThat(reader.guidelines.isVisible()).isTrue();
        _click(reader.guidelines);

        assertThat(reader.sideTabs.getSelectedIndex())
                .as("the side panel's Guidelines tab")
                .isEqualTo(1);
        assertThat(reader.guidelinesText.getElement().getOuterHTML())
                .contains("<h1>Counting the dead</h1>", "<strong>figure</strong>");
        assertThat(reader.guidelinesText.revision.getText()).startsWith("Revision " + (read + 1) + ", editor");

        // Revised while the page is open: the tab shows the new revision the next time it is chosen.
        login("editor", Role.EDITOR);
        projects.writeGuidelines(project, read + 1, "# Counting the injured\n\nAlso label **injuries**.");
        login("reviewer1", Role.REVIEWER);
        reader.sideTabs.setSelectedIndex(0);
        _click(reader.guidelines);
        assertThat(reader.guidelinesText.getElement().getOuterHTML()).contains("<h1>Counting the injured</h1>");

        // j/k (stepping through statements) brings the statements back.
        reader.step(1);
        assertThat(reader.sideTabs.getSelectedIndex()).isZero();
    }

    @Test
    void a_project_without_guidelines_says_who_writes_them() {
        GuidelinesText text = new GuidelinesText();
        text.show(new org.credence.project.GuidelinesView(1, 0, "", null, null));
        assertThat(text.revision.getText())
                .isEqualTo("This project has no guidelines yet. Its editors write them in Projects.");
    }

    @Test
    void every_statement_dialog_links_to_the_guidelines() {
        long documentId = TestCorpus.importText(documents, "Dialog headline\nThe toll rose to 15 on Tuesday.");
        login("reviewer1", Role.REVIEWER);
        var statement = annotations.add(documentId, 16, 45, org.credence.annotation.Label.CONFIRMED);
        UI.getCurrent().navigate("documents/" + documentId);
        ReaderView reader = _get(ReaderView.class);
        reader.open(java.util.List.of(statement.id()));

        _click(reader.editor().guidelines);

        GuidelinesDialog dialog = _get(GuidelinesDialog.class);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.text.revision.getText()).isNotBlank();
    }
}
