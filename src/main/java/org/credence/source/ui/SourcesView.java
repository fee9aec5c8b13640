package org.credence.source.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.credence.base.ui.MainLayout;
import org.credence.base.ui.Notifications;
import org.credence.security.CurrentUser;
import org.credence.security.Role;
import org.credence.source.Reliability;
import org.credence.source.SourceService;
import org.credence.source.SourceSummary;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The publishers documents come from, with their document counts and Admiralty reliability grades
 * (A–F, with the reason, who graded and when). Editors and admins grade; everyone reads.
 */
@Route(value = "sources", layout = MainLayout.class)
@PermitAll
@PageTitle("Sources · Credence")
@Menu(title = "Sources", order = 1, icon = "vaadin:building")
public class SourcesView extends VerticalLayout {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final SourceService sources;
    private final CurrentUser currentUser;
    final Grid<SourceSummary> grid = new Grid<>(SourceSummary.class, false);
    final Select<Reliability> grade = new Select<>();
    final TextField rationale = new TextField("Why");
    final Button save = new Button("Grade");
    private final HorizontalLayout grading = new HorizontalLayout(grade, rationale, save);
    private final Paragraph gradingHint =
            new Paragraph("Select a source in the list to grade its reliability (A reliable … F cannot be judged).");
    private final Paragraph empty = new Paragraph("No sources yet. Sources are created on import from a web page's"
            + " publisher or URL, or when someone sets the publisher in a document's details.");

    public SourcesView(SourceService sources, CurrentUser currentUser) {
        this.sources = sources;
        this.currentUser = currentUser;
        setSizeFull();
        grid.setId("sources");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(SourceSummary::name)
                .setHeader("Source")
                .setFlexGrow(3)
                .setSortable(true)
                .setKey("name");
        grid.addColumn(s -> s.domain() == null ? "" : s.domain())
                .setHeader("Domain")
                .setFlexGrow(2)
                .setSortable(true)
                .setKey("domain");
        grid.addColumn(SourceSummary::documentCount)
                .setHeader("Documents")
                .setAutoWidth(true)
                .setSortable(true)
                .setKey("documents");
        grid.addColumn(s -> s.reliability() == null ? "—" : s.reliability())
                .setHeader("Reliability")
                .setAutoWidth(true)
                .setSortable(true)
                .setKey("reliability");
        grid.addColumn(s -> s.reliability() == null
                        ? ""
                        : s.reliabilityRationale() + " (" + s.gradedBy() + ", " + DAY.format(s.gradedAt()) + ")")
                .setHeader("Graded")
                .setFlexGrow(3)
                .setKey("graded");
        grid.setSizeFull();
        empty.setId("sources-empty");

        grade.setId("source-grade");
        grade.setLabel("Reliability");
        grade.setItems(Reliability.values());
        grade.setItemLabelGenerator(Reliability::title);
        rationale.setId("source-grade-rationale");
        rationale.setWidth("24rem");
        save.setId("source-grade-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> gradeSelected());
        grading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        gradingHint.setId("source-grade-hint");
        gradingHint.addClassName("cr-meta");
        // A grade form appears for the source it grades: with nothing chosen there is nothing to grade.
        grid.asSingleSelect().addValueChangeListener(e -> {
            SourceSummary s = e.getValue();
            grade.setLabel(s == null ? "Reliability" : "Reliability of " + s.name());
            grade.setValue(s == null ? null : s.reliability());
            rationale.setValue(s == null || s.reliabilityRationale() == null ? "" : s.reliabilityRationale());
            showGrading();
        });
        add(new H2("Sources"), empty, grid, gradingHint, grading);
        refresh();
    }

    void gradeSelected() {
        SourceSummary selected = grid.asSingleSelect().getValue();
        if (selected == null) {
            Notifications.error("Select a source in the list first.");
            return;
        }
        try {
            sources.grade(
                    selected.id(), selected.version(), grade.getValue(), rationale.getValue(), currentUser.name());
            Notifications.success(selected.name() + " graded "
                    + (grade.getValue() == null ? "—" : grade.getValue().name()) + ".");
            refresh();
        } catch (OptimisticLockingFailureException | IllegalArgumentException refused) {
            Notifications.error(refused.getMessage());
        }
    }

    private void refresh() {
        List<SourceSummary> all = sources.list();
        grid.setItems(all);
        empty.setVisible(all.isEmpty());
        grid.setVisible(!all.isEmpty());
        showGrading();
    }

    private void showGrading() {
        boolean grader = currentUser.has(Role.EDITOR) || currentUser.has(Role.ADMIN);
        boolean chosen = grid.asSingleSelect().getValue() != null;
        grading.setVisible(grader && chosen);
        gradingHint.setVisible(grader && !chosen && grid.isVisible());
    }
}
