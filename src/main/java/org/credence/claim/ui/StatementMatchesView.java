package org.credence.claim.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.StatementNotFoundException;
import org.credence.annotation.StatementView;
import org.credence.base.ui.MainLayout;
import org.credence.base.ui.Notifications;
import org.credence.claim.ClaimMatcher;
import org.credence.claim.ClaimService;
import org.credence.claim.MatchSuggestion;
import org.credence.security.CurrentUser;
import org.credence.security.Role;

/**
 * From one statement to the same claim elsewhere: the sentences of other documents that say much the
 * same, ranked, each with "Same claim" and "Not the same". The statement's claim is linked once it has one.
 */
@Route(value = "claims/statement/:statementId", layout = MainLayout.class)
@PermitAll
@PageTitle("Same claim elsewhere · Credence")
public class StatementMatchesView extends VerticalLayout implements BeforeEnterObserver {

    static final int SUGGESTIONS = 10;

    private final AnnotationService annotations;
    private final ClaimService claims;
    private final ClaimMatcher matcher;
    private final boolean canLink;
    private final Paragraph quote = new Paragraph();
    private final Anchor claimLink = new Anchor();
    private final Button makeClaim = new Button("Make it a claim");
    final VerticalLayout suggestions = new VerticalLayout();
    private StatementView statement;
    private final org.credence.search.SearchService search;
    final Paragraph stillReading = new Paragraph();

    public StatementMatchesView(
            AnnotationService annotations,
            ClaimService claims,
            ClaimMatcher matcher,
            CurrentUser currentUser,
            org.credence.search.SearchService search) {
        this.search = search;
        this.annotations = annotations;
        this.claims = claims;
        this.matcher = matcher;
        this.canLink = currentUser.has(Role.REVIEWER) || currentUser.has(Role.EDITOR);
        quote.setId("match-statement");
        claimLink.setId("match-claim");
        makeClaim.setId("match-make-claim");
        makeClaim.addClickListener(e -> {
            claims.createFromStatement(statement.id());
            refresh();
        });
        stillReading.setId("match-still-reading");
        stillReading.addClassName("cr-meta");
        suggestions.setId("match-suggestions");
        suggestions.setPadding(false);
        add(
                new H2("Same claim elsewhere"),
                quote,
                stillReading,
                new HorizontalLayout(claimLink, makeClaim),
                new H3("Suggestions"),
                suggestions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            statement = annotations.get(
                    event.getRouteParameters().getLong("statementId").orElse(-1L));
            refresh();
        } catch (StatementNotFoundException e) {
            quote.setText(e.getMessage());
            makeClaim.setVisible(false);
        }
    }

    private void refresh() {
        quote.setText("“" + statement.quote() + "”");
        var claimId = claims.claimOfStatement(statement.id());
        claimLink.setVisible(claimId.isPresent());
        claimId.ifPresent(id -> {
            claimLink.setHref("claims/" + id);
            claimLink.setText("Open its claim (#" + id + ")");
        });
        makeClaim.setVisible(canLink && claimId.isEmpty());
        suggestions.removeAll();
        int backlog = search.semanticBacklog();
        stillReading.setVisible(backlog > 0);
        stillReading.setText(backlog + (backlog == 1 ? " document is" : " documents are")
                + " still being read for meaning; reload to include them.");
        List<MatchSuggestion> found = matcher.suggestions(statement.id(), SUGGESTIONS);
        if (found.isEmpty()) {
            suggestions.add(new Paragraph("No other document says anything close to this yet."));
        }
        for (MatchSuggestion suggestion : found) {
            suggestions.add(row(suggestion));
        }
    }

    private Div row(MatchSuggestion s) {
        Div row = new Div();
        row.addClassName("cr-match");
        Span where = new Span((s.source() == null ? "" : s.source() + " · ") + s.documentTitle());
        where.addClassName("cr-meta");
        Anchor open = new Anchor("documents/" + s.documentId(), s.exact());
        open.addClassName("cr-match-text");
        // Why it was proposed, so the reviewer judges the proposal instead of trusting a number.
        Span score = new Span(s.why().describe());
        score.addClassName("cr-meta");
        score.addClassName("cr-match-why");
        row.add(where, new Div(open), score);
        if ("confirmed".equals(s.state())) {
            Span confirmed = new Span(" ✓ same claim");
            confirmed.addClassName("cr-match-confirmed");
            row.add(confirmed);
        } else if (canLink) {
            Button same = new Button("Same claim", e -> decide(s, true));
            same.addClassName("cr-match-same");
            same.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            Button notSame = new Button("Not the same", e -> decide(s, false));
            notSame.addClassName("cr-match-not-same");
            notSame.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            row.add(new HorizontalLayout(same, notSame));
        }
        return row;
    }

    void decide(MatchSuggestion s, boolean same) {
        if (same) {
            matcher.confirm(statement.id(), s.documentId(), s.start(), s.end());
            Notifications.success("Added to the claim.");
        } else {
            matcher.reject(statement.id(), s.documentId(), s.start(), s.end());
            Notifications.info("Noted: not the same claim. It will not be suggested again.");
        }
        refresh();
    }
}
