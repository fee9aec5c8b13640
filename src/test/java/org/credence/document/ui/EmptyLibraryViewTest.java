package org.credence.document.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import org.credence.AbstractAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** A fresh context with its own empty database. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:credence-empty;DB_CLOSE_DELAY=-1")
class EmptyLibraryViewTest extends AbstractAppTest {

    @Test
    void an_empty_library_says_how_to_add_documents_instead_of_showing_an_empty_grid() {
        UI.getCurrent().navigate(LibraryView.class);

        Paragraph empty = _get(Paragraph.class, spec -> spec.withId("library-empty"));
        assertThat(empty.isVisible()).isTrue();
        assertThat(empty.getText()).contains("Upload files or add a page from a link above.");
        _assertNone(Grid.class, spec -> spec.withId("documents"));

        login("researcher", org.credence.security.Role.RESEARCHER);
        UI.getCurrent().navigate(org.credence.claim.ui.SearchView.class);
        UI.getCurrent().navigate(LibraryView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("library-empty")).getText())
                .as("someone who may not import is not told to upload")
                .contains("Its editors bring them in")
                .doesNotContain("Upload");
    }
}
