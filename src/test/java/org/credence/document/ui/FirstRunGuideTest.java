package org.credence.document.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import org.credence.AbstractAppTest;
import org.credence.security.Role;
import org.junit.jupiter.api.Test;

/** The Library opens with three steps for the person's role; "Got it" puts them away, "Getting started" brings them back. */
class FirstRunGuideTest extends AbstractAppTest {

    @Test
    void a_reviewer_is_pointed_to_their_queue_labelling_and_done() {
        login("reviewer1", Role.REVIEWER);
        UI.getCurrent().navigate("");

        FirstRunGuide guide = _get(FirstRunGuide.class);
        assertThat(_get(guide, H3.class).getText()).isEqualTo("Getting started as a reviewer");
        assertThat(_find(guide, ListItem.class))
                .extracting(li -> li.getElement().getTextRecursively())
                .hasSize(3)
                .satisfiesExactly(
                        first -> assertThat(first).startsWith("Open your queue."),
                        second -> assertThat(second).contains("press 1 confirmed, 2 unconfirmed or 3 disputed"),
                        third -> assertThat(third).startsWith("Mark the document done."));
        assertThat(_find(guide, Anchor.class))
                .extracting(Anchor::getHref)
                .first()
                .isEqualTo("my-queue");
        _assertNone(Button.class, spec -> spec.withId("first-run-guide-show"));

        _click(_get(Button.class, spec -> spec.withId("first-run-guide-dismiss")));
        _assertNone(FirstRunGuide.class);
        _click(_get(Button.class, spec -> spec.withId("first-run-guide-show")));
        assertThat(_get(FirstRunGuide.class).isVisible()).isTrue();
        _assertNone(Button.class, spec -> spec.withId("first-run-guide-show"));
    }

    @Test
    void an_editor_researcher_and_administrator_each_get_their_own_start() {
        login("editor", Role.EDITOR);
        UI.getCurrent().navigate("");
        assertThat(_get(FirstRunGuide.class).getElement().getTextRecursively())
                .startsWith("Getting started as an editor")
                .contains("Review queue", "Agreement", "Assignments");

        login("researcher", Role.RESEARCHER);
        UI.getCurrent().navigate("search"); // the same route again would reuse the editor's view
        UI.getCurrent().navigate("");
        assertThat(_get(FirstRunGuide.class).getElement().getTextRecursively())
                .startsWith("Getting started as a researcher")
                .contains("Export a dataset.");

        login("admin", Role.ADMIN);
        UI.getCurrent().navigate("search");
        UI.getCurrent().navigate("");
        assertThat(_get(FirstRunGuide.class).getElement().getTextRecursively())
                .startsWith("Getting started as an administrator")
                .contains("Create the accounts.");
    }
}
