package org.credence.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.credence.AbstractAppTest;
import org.credence.TestCorpus;
import org.credence.document.DocumentService;
import org.credence.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DiscussionViewTest extends AbstractAppTest {

    @Autowired
    DocumentService documents;

    @Test
    void a_comment_is_posted_shown_with_its_author_and_markup_stays_text() {
        long documentId = TestCorpus.importText(documents, "Discussion view.");
        login("researcher", Role.RESEARCHER);
        UI.getCurrent().navigate("discussion/document/" + documentId);
        DiscussionView view = _get(DiscussionView.class);

        _setValue(view.reply, "<b>Which</b> outlet first?");
        _click(view.post);

        String html = view.thread.getElement().getOuterHTML();
        assertThat(html)
                .contains("researcher · ")
                .contains("&lt;b&gt;Which&lt;/b&gt; outlet first?")
                .doesNotContain("<b>Which</b>");
        assertThat(view.reply.getValue()).isEmpty();
    }
}
