package org.credence.source.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.credence.base.ui.MainLayout;
import org.credence.source.SourceService;
import org.credence.source.SourceSummary;

/** The publishers documents come from, with how many documents each has in the corpus. */
@Route(value = "sources", layout = MainLayout.class)
@PermitAll
@PageTitle("Sources · Credence")
@Menu(title = "Sources", order = 1, icon = "vaadin:building")
public class SourcesView extends VerticalLayout {

    final Grid<SourceSummary> grid = new Grid<>(SourceSummary.class, false);

    public SourcesView(SourceService sources) {
        setSizeFull();
        grid.setId("sources");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(SourceSummary::name).setHeader("Source").setFlexGrow(3).setSortable(true).setKey("name");
        grid.addColumn(s -> s.domain() == null ? "" : s.domain()).setHeader("Domain").setFlexGrow(2).setSortable(true)
                .setKey("domain");
        grid.addColumn(SourceSummary::documentCount).setHeader("Documents").setAutoWidth(true).setSortable(true)
                .setKey("documents");
        List<SourceSummary> all = sources.list();
        grid.setItems(all);
        grid.setSizeFull();
        Paragraph empty = new Paragraph("No sources yet. Sources are created on import from a web page's publisher "
                + "or URL, or when someone sets the publisher in a document's details.");
        empty.setId("sources-empty");
        empty.setVisible(all.isEmpty());
        grid.setVisible(!all.isEmpty());
        add(new H2("Sources"), empty, grid);
    }
}
