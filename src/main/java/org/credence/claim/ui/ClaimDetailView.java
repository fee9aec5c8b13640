package org.credence.claim.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import org.credence.annotation.Label;
import org.credence.annotation.ui.LabelBadge;
import org.credence.base.ui.MainLayout;
import org.credence.base.ui.Notifications;
import org.credence.claim.ClaimMemberView;
import org.credence.claim.ClaimNotFoundException;
import org.credence.claim.ClaimService;
import org.credence.claim.ClaimView;
import org.credence.claim.Figure;
import org.credence.claim.FigureConflict;
import org.credence.security.CurrentUser;
import org.credence.security.Role;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * One claim: who says it and how (source × presentation × verdict × date, first appearance marked),
 * where their figures conflict, and — for editors — its wording and the final call.
 */
@Route(value = "claims/:claimId", layout = MainLayout.class)
@PermitAll
@PageTitle("Claim · Credence")
public class ClaimDetailView extends VerticalLayout implements BeforeEnterObserver {

    private final ClaimService claims;
    private final boolean editor;
    private final H2 wording = new H2();
    private final Span status = new Span();
    final Grid<ClaimMemberView> matrix = new Grid<>(ClaimMemberView.class, false);
    final Grid<FigureConflict> conflicts = new Grid<>(FigureConflict.class, false);
    private final H3 conflictsTitle = new H3("Figures that disagree");
    final TextArea newWording = new TextArea("Wording");
    final Select<Label> finalCall = new Select<>();
    final TextField note = new TextField("Note");
    private final VerticalLayout editorPanel = new VerticalLayout();
    private final Paragraph notFound = new Paragraph();
    private ClaimView claim;

    public ClaimDetailView(ClaimService claims, CurrentUser currentUser) {
        this.claims = claims;
        this.editor = currentUser.has(Role.EDITOR);
        setSizeFull();
        wording.setId("claim-wording");
        status.setId("claim-status");
        configureMatrix();
        conflicts.setId("claim-conflicts");
        conflicts.addThemeVariants(GridVariant.LUMO_COMPACT);
        conflicts.addColumn(FigureConflict::sourceA).setHeader("Source").setKey("sourceA");
        conflicts.addColumn(c -> c.figureA().describe()).setHeader("says").setKey("figureA");
        conflicts.addColumn(FigureConflict::sourceB).setHeader("Source").setKey("sourceB");
        conflicts.addColumn(c -> c.figureB().describe()).setHeader("says").setKey("figureB");
        conflicts.setAllRowsVisible(true);

        newWording.setId("claim-new-wording");
        newWording.setWidthFull();
        finalCall.setId("claim-final-call");
        finalCall.setLabel("Final call");
        finalCall.setItems(Label.values());
        finalCall.setItemLabelGenerator(l -> l == null ? "None — follow the members" : l.title());
        finalCall.setEmptySelectionAllowed(true);
        finalCall.setEmptySelectionCaption("None — follow the members");
        note.setId("claim-note");
        Button save = new Button("Save", e -> save());
        save.setId("claim-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        editorPanel.setPadding(false);
        editorPanel.add(newWording, new HorizontalLayout(finalCall, note, save));
        editorPanel.setVisible(editor);
        notFound.setId("claim-not-found");
        notFound.setVisible(false);
        add(wording, status, matrix, conflictsTitle, conflicts, editorPanel, notFound);
    }

    private void configureMatrix() {
        matrix.setId("claim-matrix");
        matrix.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        matrix.addColumn(new ComponentRenderer<>(m -> {
                    Span source = new Span((m.firstAppearance() ? "★ " : "") + m.source());
                    if (m.firstAppearance()) {
                        source.setTitle("First appearance");
                    }
                    return source;
                }))
                .setHeader("Source")
                .setFlexGrow(2)
                .setKey("source");
        matrix.addColumn(new ComponentRenderer<>(m -> new Anchor("documents/" + m.documentId(), m.exact())))
                .setHeader("Says")
                .setFlexGrow(5)
                .setKey("exact");
        matrix.addColumn(m -> m.presentation() == null ? "—" : m.presentation().title())
                .setHeader("Presented as")
                .setAutoWidth(true)
                .setKey("presentation");
        matrix.addColumn(
                        new ComponentRenderer<>(m -> m.verdict() == null ? new Span("—") : new LabelBadge(m.verdict())))
                .setHeader("Verdict")
                .setAutoWidth(true)
                .setKey("verdict");
        matrix.addColumn(ClaimMemberView::verdictState)
                .setHeader("Review")
                .setAutoWidth(true)
                .setKey("review");
        matrix.addColumn(m -> m.admiralty() == null ? "" : m.admiralty())
                .setHeader("Grade")
                .setAutoWidth(true)
                .setKey("admiralty");
        matrix.addColumn(m -> m.published() == null ? "" : m.published().toString())
                .setHeader("Published")
                .setAutoWidth(true)
                .setKey("published");
        matrix.addColumn(m -> m.figures().stream().map(Figure::describe).collect(Collectors.joining(", ")))
                .setHeader("Figures")
                .setAutoWidth(true)
                .setKey("figures");
        matrix.setAllRowsVisible(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("claimId").orElse(-1L);
        try {
            show(claims.get(id));
        } catch (ClaimNotFoundException e) {
            notFound.setText(e.getMessage());
            notFound.setVisible(true);
            matrix.setVisible(false);
            conflicts.setVisible(false);
            conflictsTitle.setVisible(false);
            editorPanel.setVisible(false);
        }
    }

    void show(ClaimView view) {
        claim = view;
        wording.setText(view.wording());
        status.removeAll();
        status.add(
                new Span("Status: "),
                new LabelBadge(view.status()),
                new Span(
                        view.finalLabel() != null
                                ? " — editor's final call by " + view.finalBy()
                                        + (view.finalNote() == null ? "" : ": " + view.finalNote())
                                : " — derived from " + view.members().size() + " member(s) in " + view.sourceCount()
                                        + " source(s)"));
        matrix.setItems(view.members());
        conflicts.setItems(view.conflicts());
        conflicts.setVisible(view.conflicting());
        conflictsTitle.setVisible(view.conflicting());
        newWording.setValue(view.wording());
        finalCall.setValue(view.finalLabel());
        note.setValue(view.finalNote() == null ? "" : view.finalNote());
    }

    void save() {
        try {
            show(claims.update(
                    claim.id(), claim.version(), newWording.getValue(), true, finalCall.getValue(), note.getValue()));
            Notifications.success("Claim saved.");
        } catch (OptimisticLockingFailureException | IllegalArgumentException refused) {
            Notifications.error(refused.getMessage());
        }
    }
}
