package org.credence.claim.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.credence.AbstractAppTest;
import org.credence.TestCorpus;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.Label;
import org.credence.annotation.StatementView;
import org.credence.claim.ClaimService;
import org.credence.claim.ClaimView;
import org.credence.document.DocumentService;
import org.credence.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ClaimViewsTest extends AbstractAppTest {

    @Autowired
    DocumentService documents;

    @Autowired
    AnnotationService annotations;

    @Autowired
    ClaimService claims;

    String marker;
    long first;
    long second;
    StatementView statement;

    @BeforeEach
    void twoReportsOfOneClaim() {
        marker = "Qorvan" + UUID.randomUUID().toString().substring(0, 6);
        first = TestCorpus.importText(
                documents, "Up to 2,200 " + marker + " militias hold the northern pass, officials said.");
        second = TestCorpus.importText(
                documents,
                "Between 500 and 1,200 " + marker + " militias hold the northern pass," + " a monitor said.");
        login("reviewer1", Role.REVIEWER);
        statement = annotations.add(first, 0, ("Up to 2,200 " + marker + " militias").length(), Label.UNCONFIRMED);
    }

    @Test
    void from_a_statement_a_reviewer_finds_the_same_claim_elsewhere_and_links_it() {
        UI.getCurrent().navigate("claims/statement/" + statement.id());

        List<Anchor> texts = _find(Anchor.class, spec -> spec.withClasses("cr-match-text"));
        int index = IntStream.range(0, texts.size())
                .filter(i -> texts.get(i).getHref().equals("documents/" + second))
                .findFirst()
                .orElseThrow();
        _click(_find(Button.class, spec -> spec.withClasses("cr-match-same")).get(index));

        long claimId = claims.claimOfStatement(statement.id()).orElseThrow();
        assertThat(claims.get(claimId).members())
                .extracting(m -> m.documentId())
                .containsExactly(first, second);
        assertThat(_get(Anchor.class, spec -> spec.withId("match-claim")).getHref())
                .isEqualTo("claims/" + claimId);
        assertThat(_find(Span.class, spec -> spec.withClasses("cr-match-confirmed")))
                .isNotEmpty();
    }

    @Test
    void the_claim_page_shows_the_matrix_and_the_conflicting_figures_side_by_side() {
        StatementView other = annotations.add(second, 0, 21, Label.CONFIRMED);
        ClaimView claim = claims.createFromStatement(statement.id());
        claims.addMember(claim.id(), ClaimService.MemberSpec.statement(other.id()));

        UI.getCurrent().navigate("claims/" + claim.id());

        Grid<?> matrix = _get(Grid.class, spec -> spec.withId("claim-matrix"));
        assertThat(GridKt._size(matrix)).isEqualTo(2);
        assertThat(String.join("|", GridKt._getFormattedRow(matrix, 1))).contains("Confirmed", "proposed", "500–1,200");
        Grid<?> conflicts = _get(Grid.class, spec -> spec.withId("claim-conflicts"));
        assertThat(String.join("|", GridKt._getFormattedRow(conflicts, 0))).contains("≤ 2,200", "500–1,200");
        assertThat(_get(H2.class, spec -> spec.withId("claim-wording")).getText())
                .isEqualTo(statement.quote());
    }

    @Test
    void an_editor_makes_the_final_call_and_the_board_shows_it() {
        ClaimView claim = claims.createFromStatement(statement.id());
        login("editor", Role.EDITOR);
        UI.getCurrent().navigate("claims/" + claim.id());

        ClaimDetailView view = _get(ClaimDetailView.class);
        view.finalCall.setValue(Label.DISPUTED);
        view.note.setValue("Numbers differ across outlets");
        _click(_get(Button.class, spec -> spec.withId("claim-save")));

        assertThat(claims.get(claim.id()).finalLabel()).isEqualTo(Label.DISPUTED);
        UI.getCurrent().navigate(ClaimsView.class);
        Grid<ClaimView> board = _get(ClaimsView.class).grid;
        int row = IntStream.range(0, GridKt._size(board))
                .filter(i -> GridKt._get(board, i).id() == claim.id())
                .findFirst()
                .orElseThrow();
        assertThat(GridKt._getFormattedRow(board, row)).contains(statement.quote(), "editor");
    }
}
