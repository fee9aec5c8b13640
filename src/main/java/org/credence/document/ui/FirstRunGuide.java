package org.credence.document.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.credence.security.CurrentUser;
import org.credence.security.Role;

/**
 * Three steps that say where to start, for the role the person mostly works in, above the Library. "Got
 * it" puts it away for this user in this browser (localStorage, as the Reader's suggestion switch does);
 * "Getting started" in the Library brings it back. Routes are named by path: the guide points into
 * features without depending on them.
 */
class FirstRunGuide extends Div {

    record Step(String title, String text, String path, String link) {}

    final Button dismiss = new Button("Got it");
    private final String storageKey;
    private Runnable onDismissed = () -> {};

    FirstRunGuide(CurrentUser user) {
        this.storageKey = "credence.guide." + user.name();
        setId("first-run-guide");
        addClassName("cr-guide");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", "Getting started");
        Role role = mainRole(user);
        H3 heading = new H3(
                "Getting started as " + article(role) + " " + role.title().toLowerCase());
        OrderedList list = new OrderedList();
        list.addClassName("cr-guide-steps");
        stepsFor(role).forEach(step -> {
            Span title = new Span(step.title());
            title.addClassName("cr-guide-step-title");
            Anchor link = new Anchor(step.path(), step.link());
            list.add(new ListItem(title, new Span(" " + step.text() + " "), link));
        });
        dismiss.setId("first-run-guide-dismiss");
        dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL);
        dismiss.addClickListener(e -> {
            setVisible(false);
            remember("dismissed");
            onDismissed.run();
        });
        add(heading, list, dismiss);
    }

    /** Called after "Got it", so the page can offer to bring the guide back. */
    public void onDismissed(Runnable action) {
        this.onDismissed = action;
    }

    /** Shows the guide again, and remembers that it is wanted. */
    public void reopen() {
        setVisible(true);
        remember("shown");
    }

    /** Through the page, not this element: Vaadin holds back JavaScript for an element it hides. */
    private void remember(String state) {
        getUI().ifPresent(ui ->
                ui.getPage().executeJs("try { localStorage.setItem($0, $1) } catch (e) {}", storageKey, state));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getElement()
                .executeJs("try { return localStorage.getItem($0) } catch (e) { return null }", storageKey)
                .then(String.class, stored -> {
                    if ("dismissed".equals(stored)) {
                        setVisible(false);
                        onDismissed.run();
                    }
                });
    }

    /** The role whose work comes first for someone who holds several: editing, then reviewing, then the rest. */
    static Role mainRole(CurrentUser user) {
        for (Role role : List.of(Role.EDITOR, Role.REVIEWER, Role.RESEARCHER, Role.ADMIN)) {
            if (user.has(role)) {
                return role;
            }
        }
        return Role.RESEARCHER;
    }

    private static String article(Role role) {
        return role == Role.EDITOR || role == Role.ADMIN ? "an" : "a";
    }

    static List<Step> stepsFor(Role role) {
        return switch (role) {
            case REVIEWER ->
                List.of(
                        new Step(
                                "Open your queue.",
                                "The documents assigned to you, with how far you got in each.",
                                "my-queue",
                                "My queue"),
                        new Step(
                                "Label statements.",
                                "In the Reader select a statement and press 1 confirmed, 2 unconfirmed or 3 disputed;"
                                        + " Ctrl+Z undoes, ? lists every key.",
                                "my-queue",
                                "Start with the first document"),
                        new Step(
                                "Mark the document done.",
                                "Under blind review you then see the other reviewers' labels; editors' decisions on"
                                        + " yours come back to you.",
                                "my-decisions",
                                "Decisions on my labels"));
            case EDITOR ->
                List.of(
                        new Step(
                                "Bring in the documents.",
                                "Upload files or add pages from a link below, then give each to two reviewers.",
                                "assignments",
                                "Assignments"),
                        new Step(
                                "Decide where reviewers differ.",
                                "The Review queue shows each unit with every reviewer's label; 1, 2 or 3 then Enter"
                                        + " decides.",
                                "review",
                                "Review queue"),
                        new Step(
                                "Check agreement, then export.",
                                "How far reviewers agree, with confidence intervals; the dataset in JSONL, CSV or W3C.",
                                "agreement",
                                "Agreement"));
            case RESEARCHER ->
                List.of(
                        new Step(
                                "Read the corpus.",
                                "Open a document below: each statement shows its author, label and the editor's"
                                        + " decision.",
                                "",
                                "Library"),
                        new Step(
                                "See how reliable the labels are.",
                                "Krippendorff's α per label, presentation and credibility, and span agreement.",
                                "agreement",
                                "Agreement"),
                        new Step(
                                "Export a dataset.",
                                "Reproducible byte for byte, with a dataset card that says how it was made.",
                                "export",
                                "Export"));
            case ADMIN ->
                List.of(
                        new Step(
                                "Create the accounts.",
                                "Each person with the roles they need.",
                                "admin/users",
                                "Accounts"),
                        new Step(
                                "Set up a project.",
                                "One per investigation, with its team, guidelines and settings.",
                                "projects",
                                "Projects"),
                        new Step(
                                "Import the first documents.",
                                "Upload files or add pages from a link below.",
                                "",
                                "Library"));
        };
    }
}
