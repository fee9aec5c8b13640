package org.credence.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.credence.base.ui.MainLayout;
import org.credence.base.ui.Notifications;
import org.credence.document.DocumentService;
import org.credence.document.DocumentSummary;
import org.credence.project.ProjectService;
import org.credence.review.AssignmentService;
import org.credence.review.ReviewSettings;
import org.credence.security.Role;
import org.springframework.data.domain.PageRequest;

/** Editors share out the documents (N reviewers each, balanced) and switch blind mode. */
@Route(value = "assignments", layout = MainLayout.class)
@PageTitle("Assignments · Credence")
@Menu(title = "Assignments", order = 25, icon = "vaadin:user-check")
@RolesAllowed(Role.EDITOR_ROLE)
public class AssignmentView extends VerticalLayout {

    private final AssignmentService assignments;
    final MultiSelectComboBox<String> reviewers = new MultiSelectComboBox<>("Reviewers");
    final IntegerField perDocument = new IntegerField("Reviewers per document");
    final Button assign = new Button("Assign every document");
    final ComboBox<DocumentSummary> document = new ComboBox<>("Document");
    final ComboBox<String> reviewer = new ComboBox<>("Reviewer");
    final Button assignOne = new Button("Assign");
    private final Paragraph blindModeHelp = new Paragraph("For the whole project. Under blind review a reviewer"
            + " sees only their own labels on a document until they mark it done; editors and researchers always"
            + " see every label.");
    final Checkbox blindMode =
            new Checkbox("Blind mode: reviewers see others' labels only after marking a document done");

    public AssignmentView(
            AssignmentService assignments,
            ProjectService projects,
            ReviewSettings settings,
            DocumentService documents) {
        this.assignments = assignments;
        document.setId("assign-document");
        document.setItemLabelGenerator(DocumentSummary::title);
        document.setItems(query -> documents.list(PageRequest.of(query.getPage(), query.getPageSize())).stream());
        document.setWidth("30rem");
        reviewer.setId("assign-reviewer");
        // The project's reviewers: nobody else may be assigned its documents.
        List<String> projectReviewers = projects.actingMembersWith(Role.REVIEWER);
        reviewer.setItems(projectReviewers);
        assignOne.setId("assign-one");
        assignOne.addClickListener(e -> assignByHand());
        reviewers.setId("assign-reviewers");
        reviewers.setItems(projectReviewers);
        reviewers.select(projectReviewers);
        reviewers.setWidth("28rem");
        perDocument.setId("assign-per-document");
        perDocument.setValue(settings.reviewersPerDocument());
        perDocument.setHelperText("From the project's settings");
        perDocument.setMin(1);
        perDocument.setStepButtonsVisible(true);
        assign.setId("assign-auto");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        assign.addClickListener(e -> assignAll());
        blindModeHelp.addClassName("cr-meta");
        blindModeHelp.setId("blind-mode-help");
        blindMode.setId("blind-mode");
        blindMode.setValue(settings.blindMode());
        blindMode.addValueChangeListener(e -> {
            settings.setBlindMode(e.getValue());
            Notifications.info("Blind mode is " + (e.getValue() ? "on." : "off."));
        });
        add(
                new H2("Assignments"),
                new Paragraph(
                        "Each document goes to the chosen number of reviewers; each time to the one with the fewest"
                                + " documents so far. Documents already assigned keep their reviewers."),
                new HorizontalLayout(reviewers, perDocument),
                assign,
                new H3("By hand"),
                byHandRow(),
                // A project-wide rule, not a step of assigning: its own section, said once what it does.
                new H3("Review settings"),
                blindMode,
                blindModeHelp);
    }

    private HorizontalLayout byHandRow() {
        HorizontalLayout row = new HorizontalLayout(document, reviewer, assignOne);
        row.setAlignItems(Alignment.BASELINE);
        return row;
    }

    void assignByHand() {
        if (document.getValue() == null || reviewer.getValue() == null) {
            Notifications.error("Choose a document and a reviewer.");
            return;
        }
        assignments.assign(document.getValue().id(), reviewer.getValue());
        Notifications.success("Assigned “" + document.getValue().title() + "” to " + reviewer.getValue() + ".");
    }

    void assignAll() {
        try {
            int made = assignments.assignAutomatically(
                    new ArrayList<>(reviewers.getSelectedItems()),
                    perDocument.getValue() == null ? 0 : perDocument.getValue());
            Notifications.success(made + (made == 1 ? " assignment" : " assignments") + " made.");
        } catch (IllegalArgumentException e) {
            Notifications.error(e.getMessage());
        }
    }
}
