package org.credence.claim.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.credence.annotation.ui.LabelBadge;
import org.credence.base.ui.MainLayout;
import org.credence.claim.ClaimService;
import org.credence.claim.ClaimView;

/** The claims board: every claim with its status, how many sources state it, and whether their figures conflict. */
@Route(value = "claims", layout = MainLayout.class)
@PermitAll
@PageTitle("Claims · Credence")
@Menu(title = "Claims", order = 15, icon = "vaadin:connect")
public class ClaimsView extends VerticalLayout {

    final Grid<ClaimView> grid = new Grid<>(ClaimView.class, false);
    private final Paragraph empty =
            new Paragraph("No claims yet. In the Reader, open a statement and choose “Same claim elsewhere”"
                    + " to find where other documents say the same, or make it a claim; or accept a candidate.");

    final com.vaadin.flow.component.tabs.TabSheet tabs = new com.vaadin.flow.component.tabs.TabSheet();

    public ClaimsView(ClaimService claims, java.util.List<ClaimsBoardTab> moreTabs) {
        setSizeFull();
        grid.setId("claims");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ClaimView::wording).setHeader("Claim").setFlexGrow(4).setKey("wording");
        grid.addColumn(new ComponentRenderer<>(c -> new LabelBadge(c.status())))
                .setHeader("Status")
                .setAutoWidth(true)
                .setKey("status");
        grid.addColumn(c -> c.finalLabel() != null ? "editor" : "derived")
                .setHeader("Status from")
                .setAutoWidth(true)
                .setKey("statusFrom");
        grid.addColumn(ClaimView::sourceCount)
                .setHeader("Sources")
                .setAutoWidth(true)
                .setKey("sources");
        grid.addColumn(c -> c.members().size())
                .setHeader("Members")
                .setAutoWidth(true)
                .setKey("members");
        grid.addColumn(new ComponentRenderer<>(ClaimsView::conflictFlag))
                .setHeader("Figures")
                .setAutoWidth(true)
                .setKey("figures");
        grid.addItemClickListener(
                e -> UI.getCurrent().navigate("claims/" + e.getItem().id()));
        // Pages of the board are built as they scroll into view: a claim's matrix is three batch reads.
        grid.setItems(query -> claims.list(query.getPage(), query.getPageSize()).claims().stream(), query ->
                (int) claims.count());
        grid.setSizeFull();
        empty.setId("claims-empty");
        showEmptyOrGrid(claims);
        VerticalLayout board = new VerticalLayout(empty, grid);
        board.setPadding(false);
        board.setSizeFull();
        // Claims people made, then what other features add (discovery's candidates to accept or dismiss).
        tabs.setId("claims-tabs");
        com.vaadin.flow.component.tabs.Tab claimsTab = tabs.add("Claims", board);
        // A candidate accepted on another tab is a claim now: the board is read again when shown.
        tabs.addSelectedChangeListener(e -> {
            if (e.getSelectedTab() == claimsTab) {
                grid.getDataProvider().refreshAll();
                showEmptyOrGrid(claims);
            }
        });
        moreTabs.forEach(tab -> tabs.add(tab.title(), tab.create()));
        tabs.setSizeFull();
        add(new H2("Claims"), tabs);
    }

    private void showEmptyOrGrid(ClaimService claims) {
        boolean none = claims.count() == 0;
        empty.setVisible(none);
        grid.setVisible(!none);
    }

    static Span conflictFlag(ClaimView claim) {
        Span flag = new Span(claim.conflicting() ? "⚠ figures differ" : "agree");
        flag.addClassName(claim.conflicting() ? "cr-conflict" : "cr-meta");
        return flag;
    }
}
