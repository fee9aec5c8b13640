package org.credence.source.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.credence.AbstractAppTest;
import org.credence.TestFiles;
import org.credence.document.DocumentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SourcesViewTest extends AbstractAppTest {

    @Autowired
    DocumentService documents;

    @Test
    void sources_are_listed_with_their_domain_and_document_count() {
        String domain = "listed-" + UUID.randomUUID().toString().substring(0, 8) + ".org";
        for (int i = 0; i < 2; i++) {
            documents.importFile(
                    "page" + i + ".html",
                    TestFiles.utf8("<html><head><title>Page " + i
                            + "</title><link rel=\"canonical\" href=\"https://" + domain + "/p" + i
                            + "\"></head><body><p>"
                            + UUID.randomUUID() + "</p></body></html>"),
                    "test");
        }

        UI.getCurrent().navigate(SourcesView.class);

        @SuppressWarnings("unchecked")
        Grid<org.credence.source.SourceSummary> grid = _get(Grid.class, spec -> spec.withId("sources"));
        List<List<String>> rows = IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._getFormattedRow(grid, i))
                .toList();
        assertThat(rows).contains(List.of(domain, domain, "2", "—", ""));
    }

    @Test
    void an_editor_grades_the_selected_source_and_the_list_shows_it() {
        String domain = "grade-ui-" + UUID.randomUUID().toString().substring(0, 8) + ".org";
        documents.importFile(
                "p.html",
                TestFiles.utf8("<html><head><title>P</title><link rel=\"canonical\" href=\"https://" + domain
                        + "/p\"></head><body><p>" + UUID.randomUUID() + "</p></body></html>"),
                "test");
        login("editor", org.credence.security.Role.EDITOR);
        UI.getCurrent().navigate(SourcesView.class);
        SourcesView view = _get(SourcesView.class);
        org.credence.source.SourceSummary row = view.grid
                .getGenericDataView()
                .getItems()
                .filter(s -> domain.equals(s.domain()))
                .findFirst()
                .orElseThrow();

        // nothing chosen, nothing to grade (Karibu finds only components that are shown)
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(
                com.vaadin.flow.component.button.Button.class, spec -> spec.withId("source-grade-save"));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("source-grade-hint"))
                        .getText())
                .startsWith("Select a source in the list to grade");

        view.grid.select(row);
        _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("source-grade-save"));
        assertThat(view.grade.getLabel()).isEqualTo("Reliability of " + row.name());
        view.grade.setValue(org.credence.source.Reliability.C);
        view.rationale.setValue("Mixed record on figures");
        com.github.mvysny.kaributesting.v10.LocatorJ._click(view.save);

        org.credence.source.SourceSummary graded = view.grid
                .getGenericDataView()
                .getItems()
                .filter(s -> domain.equals(s.domain()))
                .findFirst()
                .orElseThrow();
        assertThat(graded.reliability()).isEqualTo(org.credence.source.Reliability.C);
        assertThat(graded.gradedBy()).isEqualTo("editor");
    }
}
