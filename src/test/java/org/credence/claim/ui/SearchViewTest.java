package org.credence.claim.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.credence.AbstractAppTest;
import org.credence.TestCorpus;
import org.credence.document.DocumentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SearchViewTest extends AbstractAppTest {

    @Autowired
    DocumentService documents;

    @Test
    void a_search_lists_sentences_with_the_words_marked_linking_to_the_reader_at_the_hit() {
        String word = "Tarnow" + UUID.randomUUID().toString().substring(0, 6);
        long id = TestCorpus.importText(documents, "Heading\nThe " + word + " depot burned overnight.");
        UI.getCurrent().navigate(SearchView.class);

        _get(TextField.class, spec -> spec.withId("search-query")).setValue(word);
        _click(_get(Button.class, spec -> spec.withId("search-run")));

        Anchor hit = _get(Anchor.class, spec -> spec.withClasses("cr-search-text"));
        assertThat(hit.getHref()).isEqualTo("documents/" + id + "?at=" + "Heading\n".length());
        assertThat(_find(Span.class, spec -> spec.withClasses("cr-search-match")))
                .extracting(Span::getText)
                .containsExactly(word);
        assertThat(_get(Paragraph.class, spec -> spec.withId("search-summary")).getText())
                .isEqualTo("1 sentence.");
    }

    @Test
    void nothing_found_says_so() {
        UI.getCurrent().navigate(SearchView.class);
        _get(TextField.class, spec -> spec.withId("search-query"))
                .setValue("Zyxwv" + UUID.randomUUID().toString().substring(0, 6));
        _click(_get(Button.class, spec -> spec.withId("search-run")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("search-summary")).getText())
                .isEqualTo("Nothing found.");
    }
}
