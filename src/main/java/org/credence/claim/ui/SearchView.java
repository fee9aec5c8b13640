package org.credence.claim.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.Collectors;
import org.credence.annotation.Label;
import org.credence.annotation.ui.LabelBadge;
import org.credence.base.domain.CodePoints;
import org.credence.base.ui.MainLayout;
import org.credence.claim.ClaimService;
import org.credence.claim.ClaimTitle;
import org.credence.claim.CorpusSearch;
import org.credence.claim.SearchHit;
import org.credence.source.SourceService;
import org.credence.source.SourceSummary;

/**
 * Full-text search across every document and its statements, narrowed by label, source or claim;
 * the matched words are highlighted and each hit opens the Reader at its sentence.
 */
@Route(value = "search", layout = MainLayout.class)
@PermitAll
@PageTitle("Search · Credence")
@Menu(title = "Search", order = 2, icon = "vaadin:search")
public class SearchView extends VerticalLayout {

    static final int RESULTS = 50;

    private final CorpusSearch search;
    final TextField query = new TextField();
    final MultiSelectComboBox<Label> labels = new MultiSelectComboBox<>("Labels");
    final MultiSelectComboBox<SourceSummary> sources = new MultiSelectComboBox<>("Sources");
    final ComboBox<ClaimTitle> claim = new ComboBox<>("Claim");
    final VerticalLayout results = new VerticalLayout();
    private final Paragraph summary = new Paragraph();

    public SearchView(CorpusSearch search, SourceService sourceService, ClaimService claims) {
        this.search = search;
        query.setId("search-query");
        query.setPlaceholder("Words, \"a phrase\", -excluded");
        query.setWidth("28rem");
        query.addKeyPressListener(Key.ENTER, e -> run());
        labels.setId("search-labels");
        labels.setItems(Label.values());
        labels.setItemLabelGenerator(Label::title);
        sources.setId("search-sources");
        sources.setItems(sourceService.list());
        sources.setItemLabelGenerator(SourceSummary::name);
        claim.setId("search-claim");
        claim.setItems(claims.titles());
        claim.setItemLabelGenerator(c -> "#" + c.id() + " " + c.wording());
        claim.setClearButtonVisible(true);
        Button go = new Button("Search", e -> run());
        go.setId("search-run");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(query, go);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        summary.setId("search-summary");
        results.setId("search-results");
        results.setPadding(false);
        add(new H2("Search"), bar, new HorizontalLayout(labels, sources, claim), summary, results);
    }

    void run() {
        results.removeAll();
        if (query.getValue().isBlank()) {
            summary.setText("Type words to search every document and its statements.");
            return;
        }
        List<SearchHit> hits = search.search(
                query.getValue(),
                labels.getValue(),
                sources.getValue().stream().map(SourceSummary::id).collect(Collectors.toSet()),
                claim.getValue() == null ? null : claim.getValue().id(),
                RESULTS);
        summary.setText(
                hits.isEmpty()
                        ? "Nothing found."
                        : hits.size() == RESULTS
                                ? "The first " + RESULTS + " sentences, best first."
                                : hits.size() == 1 ? "1 sentence." : hits.size() + " sentences, best first.");
        hits.forEach(hit -> results.add(row(hit)));
    }

    private Div row(SearchHit hit) {
        Div row = new Div();
        row.addClassName("cr-search-hit");
        Span where = new Span((hit.source() == null ? "" : hit.source() + " · ") + hit.documentTitle());
        where.addClassName("cr-meta");
        Anchor sentence = new Anchor("documents/" + hit.documentId() + "?at=" + hit.start(), "");
        sentence.addClassName("cr-search-text");
        appendHighlighted(sentence, hit);
        row.add(where, new Div(sentence));
        hit.labels().forEach(label -> row.add(new LabelBadge(label)));
        hit.claimIds().forEach(id -> {
            Anchor claimLink = new Anchor("claims/" + id, "claim #" + id);
            claimLink.addClassName("cr-meta");
            row.add(claimLink);
        });
        return row;
    }

    /** The sentence as text pieces, the matched words in <mark> — text nodes only, never HTML. */
    private static void appendHighlighted(Anchor target, SearchHit hit) {
        String text = hit.text();
        int at = 0;
        for (int[] range : hit.highlights()) {
            int from = CodePoints.toUtf16(text, range[0]);
            int to = CodePoints.toUtf16(text, range[1]);
            if (from < at) {
                continue;
            }
            if (from > at) {
                target.add(new Span(text.substring(at, from)));
            }
            Span mark = new Span(text.substring(from, to));
            mark.addClassName("cr-search-match");
            target.add(mark);
            at = to;
        }
        if (at < text.length()) {
            target.add(new Span(text.substring(at)));
        }
    }
}
