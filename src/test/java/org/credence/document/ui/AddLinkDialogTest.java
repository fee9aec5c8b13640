package org.credence.document.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.UUID;
import org.credence.AbstractAppTest;
import org.credence.annotation.ui.ReaderView;
import org.credence.document.fetch.TestWebServer;
import org.credence.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Library's "Add from a link", against a web server on 127.0.0.1 this test allows. */
class AddLinkDialogTest extends AbstractAppTest {

    private final TestWebServer web = new TestWebServer();

    AddLinkDialogTest() throws Exception {}

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void an_editor_pastes_a_link_sees_it_imported_and_opens_it_in_the_reader() {
        String title = "Linked report " + UUID.randomUUID();
        web.html("/report", "<html><head><title>" + title + "</title></head><body><p>The dam held.</p></body></html>");
        login("editor", Role.EDITOR);
        UI.getCurrent().navigate(LibraryView.class);

        _click(_get(Button.class, spec -> spec.withId("add-link")));
        AddLinkDialog dialog = _get(AddLinkDialog.class);
        dialog.url.setValue(web.url("/report"));
        _click(dialog.add);

        assertThat(dialog.result.getElement().getTextRecursively()).isEqualTo("Imported. Open it in the Reader");
        assertThat(dialog.url.getValue()).as("ready for the next link").isEmpty();

        dialog.url.setValue(web.url("/report"));
        _click(dialog.add);
        assertThat(dialog.result.getElement().getTextRecursively())
                .matches("This page, byte for byte, is already document \\d+\\. Open it in the Reader");

        dialog.url.setValue(web.url("/missing"));
        _click(dialog.add);
        assertThat(dialog.result.getText())
                .isEqualTo("Not imported: The server answered 404 Not Found for " + web.url("/missing") + ".");

        dialog.url.setValue("http://169.254.169.254/latest/meta-data/");
        _click(dialog.add);
        assertThat(dialog.result.getText()).startsWith("Not imported: Refused: 169.254.169.254 resolves to");

        web.html(
                "/report2",
                "<html><head><title>" + title + " 2</title></head><body><p>The dam broke.</p></body></html>");
        dialog.url.setValue(web.url("/report2"));
        _click(dialog.add);
        _click(_get(Button.class, spec -> spec.withId("add-link-open")));
        assertThat(_get(ReaderView.class)).isNotNull();
        assertThat(_get(com.vaadin.flow.component.html.H2.class, spec -> spec.withText(title + " 2")))
                .isNotNull();
    }

    @Test
    void researchers_do_not_see_it() {
        login("researcher", Role.RESEARCHER);
        UI.getCurrent().navigate(LibraryView.class);

        _assertNone(Button.class, spec -> spec.withId("add-link"));
    }
}
