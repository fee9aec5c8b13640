package org.credence.project.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.credence.base.domain.NotPermittedException;
import org.credence.base.ui.MainLayout;
import org.credence.base.ui.Notifications;
import org.credence.project.GuidelinesMarkdown;
import org.credence.project.GuidelinesView;
import org.credence.project.MemberView;
import org.credence.project.ProjectService;
import org.credence.project.ProjectSettings;
import org.credence.project.ProjectView;
import org.credence.security.CurrentUser;
import org.credence.security.Role;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The projects one belongs to (administrators: all). Administrators create them; a project's editors
 * and administrators change its settings, members and guidelines (Markdown, previewed as it is typed,
 * one revision per save). Everyone else reads.
 */
@Route(value = "projects", layout = MainLayout.class)
@PermitAll
@PageTitle("Projects · Credence")
@Menu(title = "Projects", order = 85, icon = "vaadin:folder-open")
public class ProjectsView extends VerticalLayout {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final ProjectService projects;
    private final CurrentUser currentUser;

    final Grid<ProjectView> grid = new Grid<>(ProjectView.class, false);
    final TextField newName = new TextField();
    final Button create = new Button("Create project");

    final TextField name = new TextField("Name");
    final TextArea description = new TextArea("Description");
    final Checkbox blindMode = new Checkbox("Blind review: reviewers see only their own labels until done");
    final IntegerField reviewersPerDocument = new IntegerField("Reviewers per document");
    final Checkbox reviewersMayImport = new Checkbox("Reviewers may import documents");
    final TextArea cueExtension = new TextArea("More cue phrases for this project");
    final Button saveSettings = new Button("Save settings");

    final Grid<MemberView> members = new Grid<>(MemberView.class, false);
    final TextField memberName = new TextField("Account");
    final CheckboxGroup<Role> memberRoles = new CheckboxGroup<>("Roles in this project");
    final Button saveMember = new Button("Add or change member");

    final TextArea guidelines = new TextArea("Guidelines (Markdown)");
    final Div preview = new Div();
    final Button saveGuidelines = new Button("Save guidelines");
    final Span revision = new Span();
    private GuidelinesView shownGuidelines;

    final TabSheet sides = new TabSheet();
    private final VerticalLayout details = new VerticalLayout();
    private final Paragraph empty =
            new Paragraph("You belong to no project yet: an administrator or a project's" + " editor adds you to one.");

    public ProjectsView(ProjectService projects, CurrentUser currentUser) {
        this.projects = projects;
        this.currentUser = currentUser;
        setSizeFull();
        grid.setId("projects");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        long working = projects.acting().id();
        grid.addColumn(p -> p.id() == working ? p.name() + " — you are working here" : p.name())
                .setHeader("Project")
                .setFlexGrow(3)
                .setKey("name");
        grid.addColumn(p -> p.myRoles().isEmpty() ? "administrator" : roles(p.myRoles()))
                .setHeader("You are")
                .setFlexGrow(2)
                .setKey("roles");
        grid.addColumn(p -> p.settings().blindMode() ? "blind" : "open")
                .setHeader("Review")
                .setAutoWidth(true)
                .setKey("blind");
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));

        newName.setId("project-new-name");
        newName.setPlaceholder("New project's name");
        create.setId("project-create");
        create.addClickListener(e -> createProject());
        HorizontalLayout creating = new HorizontalLayout(newName, create);
        creating.setVisible(currentUser.has(Role.ADMIN));

        details.setPadding(false);
        details.setVisible(false);
        // One project's three sides as tabs, guidelines first: what every member comes here to read.
        sides.setId("project-tabs");
        sides.setWidthFull();
        sides.add("Guidelines", guidelinesSection());
        sides.add("Members", membersSection());
        sides.add("Settings", settingsSection());
        details.add(sides);

        empty.setId("projects-empty");
        add(new H2("Projects"), empty, grid, creating, details);
        refresh(null);
    }

    private VerticalLayout settingsSection() {
        name.setId("project-name");
        name.setWidth("24rem");
        description.setId("project-description");
        description.setWidthFull();
        blindMode.setId("project-blind");
        reviewersPerDocument.setId("project-reviewers-per-document");
        reviewersPerDocument.setMin(1);
        reviewersPerDocument.setMax(20);
        reviewersPerDocument.setStepButtonsVisible(true);
        reviewersMayImport.setId("project-reviewers-import");
        cueExtension.setId("project-cues");
        cueExtension.setWidthFull();
        cueExtension.setHelperText(
                "Underlined in this project's Reader as suggestions. One per line: a phrase (a hedge,"
                        + " e.g. \"officials fear\"), or kind, phrase and presentation separated by tabs, as in the built-in"
                        + " lexicon (hedge / attribution / denial; {source} marks the speaker).");
        saveSettings.setId("project-save-settings");
        saveSettings.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveSettings.addClickListener(e -> saveSettings());
        VerticalLayout section = new VerticalLayout(
                new HorizontalLayout(name, reviewersPerDocument),
                description,
                blindMode,
                reviewersMayImport,
                cueExtension,
                saveSettings);
        section.setPadding(false);
        return section;
    }

    private VerticalLayout membersSection() {
        members.setId("project-members");
        members.addColumn(MemberView::username).setHeader("Member").setKey("username");
        members.addColumn(m -> roles(m.roles())).setHeader("Roles").setKey("roles");
        members.addComponentColumn(m -> {
                    Button remove = new Button("Remove", e -> removeMember(m.username()));
                    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                    remove.setEnabled(mayManage());
                    return remove;
                })
                .setAutoWidth(true)
                .setFlexGrow(0);
        members.setAllRowsVisible(true);
        members.setEmptyStateText("No members yet.");
        members.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                memberName.setValue(e.getValue().username());
                memberRoles.setValue(e.getValue().roles());
            }
        });
        memberName.setId("project-member-name");
        memberRoles.setId("project-member-roles");
        memberRoles.setItems(Role.REVIEWER, Role.EDITOR, Role.RESEARCHER);
        memberRoles.setItemLabelGenerator(Role::title);
        saveMember.setId("project-save-member");
        saveMember.addClickListener(e -> saveMember());
        HorizontalLayout adding = new HorizontalLayout(memberName, memberRoles, saveMember);
        adding.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        VerticalLayout section = new VerticalLayout(members, adding);
        section.setPadding(false);
        return section;
    }

    private VerticalLayout guidelinesSection() {
        guidelines.setId("project-guidelines");
        guidelines.setWidthFull();
        guidelines.setMinHeight("12rem");
        guidelines.setValueChangeMode(ValueChangeMode.LAZY);
        guidelines.addValueChangeListener(e -> showPreview(e.getValue()));
        preview.setId("project-guidelines-preview");
        preview.addClassName("cr-guidelines-preview");
        preview.setWidthFull();
        revision.setId("project-guidelines-revision");
        revision.addClassName("cr-meta");
        saveGuidelines.setId("project-save-guidelines");
        saveGuidelines.addClickListener(e -> saveGuidelines());
        HorizontalLayout editing = new HorizontalLayout(guidelines, preview);
        editing.setWidthFull();
        VerticalLayout section = new VerticalLayout(revision, editing, saveGuidelines);
        section.setPadding(false);
        section.setWidthFull();
        return section;
    }

    private void refresh(Long select) {
        List<ProjectView> mine = projects.mine();
        grid.setItems(mine);
        empty.setVisible(mine.isEmpty());
        grid.setVisible(!mine.isEmpty());
        mine.stream()
                .filter(p -> select != null && p.id() == select)
                .findFirst()
                .ifPresent(grid::select);
    }

    private void show(ProjectView project) {
        details.setVisible(project != null);
        if (project == null) {
            return;
        }
        name.setValue(project.name());
        description.setValue(project.description() == null ? "" : project.description());
        blindMode.setValue(project.settings().blindMode());
        reviewersPerDocument.setValue(project.settings().reviewersPerDocument());
        reviewersMayImport.setValue(project.settings().reviewersMayImport());
        cueExtension.setValue(
                project.settings().cueLexiconExtension() == null
                        ? ""
                        : project.settings().cueLexiconExtension());
        members.setItems(projects.members(project.id()));
        memberName.clear();
        memberRoles.clear();
        shownGuidelines = projects.guidelines(project.id());
        guidelines.setValue(shownGuidelines.body());
        showPreview(shownGuidelines.body());
        revision.setText(
                shownGuidelines.revision() == 0
                        ? "No guidelines yet."
                        : "Revision " + shownGuidelines.revision() + " by " + shownGuidelines.writtenBy() + ", "
                                + WHEN.format(shownGuidelines.writtenAt()) + " UTC");
        boolean manage = mayManage();
        for (var field : List.of(name, description, guidelines, memberName, cueExtension)) {
            field.setReadOnly(!manage);
        }
        blindMode.setReadOnly(!manage);
        reviewersPerDocument.setReadOnly(!manage);
        reviewersMayImport.setReadOnly(!manage);
        memberRoles.setReadOnly(!manage);
        saveSettings.setVisible(manage);
        saveMember.setVisible(manage);
        saveGuidelines.setVisible(manage);
    }

    private void showPreview(String markdown) {
        preview.removeAll();
        preview.add(new Html(GuidelinesMarkdown.toHtml(markdown)));
    }

    private boolean mayManage() {
        ProjectView selected = grid.asSingleSelect().getValue();
        return selected != null
                && (currentUser.has(Role.ADMIN) || selected.myRoles().contains(Role.EDITOR));
    }

    void createProject() {
        try {
            ProjectView created = projects.create(newName.getValue(), null, null);
            newName.clear();
            refresh(created.id());
            ProjectsChanged.fire();
        } catch (IllegalArgumentException refused) {
            Notifications.error(refused.getMessage());
        }
    }

    void saveSettings() {
        ProjectView selected = grid.asSingleSelect().getValue();
        try {
            ProjectView saved = projects.update(
                    selected.id(),
                    selected.version(),
                    name.getValue(),
                    description.getValue(),
                    new ProjectSettings(
                            blindMode.getValue(),
                            reviewersPerDocument.getValue() == null ? 0 : reviewersPerDocument.getValue(),
                            reviewersMayImport.getValue(),
                            cueExtension.getValue().isBlank() ? null : cueExtension.getValue()));
            refresh(saved.id());
            ProjectsChanged.fire();
        } catch (IllegalArgumentException | OptimisticLockingFailureException | NotPermittedException refused) {
            Notifications.error(refused.getMessage());
        }
    }

    void saveMember() {
        ProjectView selected = grid.asSingleSelect().getValue();
        try {
            projects.setMember(selected.id(), memberName.getValue().strip(), Set.copyOf(memberRoles.getValue()));
            members.setItems(projects.members(selected.id()));
            memberName.clear();
            memberRoles.clear();
        } catch (IllegalArgumentException | NotPermittedException refused) {
            Notifications.error(refused.getMessage());
        }
    }

    private void removeMember(String username) {
        ProjectView selected = grid.asSingleSelect().getValue();
        try {
            projects.removeMember(selected.id(), username);
            members.setItems(projects.members(selected.id()));
        } catch (IllegalArgumentException | NotPermittedException refused) {
            Notifications.error(refused.getMessage());
        }
    }

    void saveGuidelines() {
        ProjectView selected = grid.asSingleSelect().getValue();
        try {
            projects.writeGuidelines(selected.id(), shownGuidelines.revision(), guidelines.getValue());
            show(selected);
        } catch (IllegalArgumentException | OptimisticLockingFailureException | NotPermittedException refused) {
            Notifications.error(refused.getMessage());
        }
    }

    private static String roles(Set<Role> roles) {
        return roles.stream().sorted().map(Role::title).collect(Collectors.joining(", "));
    }
}
