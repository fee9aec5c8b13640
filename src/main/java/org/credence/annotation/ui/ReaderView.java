package org.credence.annotation.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.Label;
import org.credence.annotation.ReviewStatus;
import org.credence.annotation.StatementSuggestions;
import org.credence.annotation.StatementView;
import org.credence.annotation.WordSnapping;
import org.credence.base.domain.SpanCover;
import org.credence.base.ui.Keycap;
import org.credence.base.ui.MainLayout;
import org.credence.base.ui.Notifications;
import org.credence.document.DocumentDetails;
import org.credence.document.DocumentNotFoundException;
import org.credence.document.DocumentService;
import org.credence.document.ui.DocumentDetailsDialog;
import org.credence.security.CurrentUser;
import org.credence.security.Role;

/** Reads one document and labels its statements; every action here can be undone with Ctrl+Z. */
@Route(value = "documents/:documentId", layout = MainLayout.class)
@PermitAll
public class ReaderView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, ReaderCommands {

    private final DocumentService documents;
    private final StatementActions actions;
    private final H2 title = new H2();
    private final Paragraph provenance = new Paragraph();
    private final org.credence.document.ui.OcrNotice ocrNotice;
    private final HighlightedText text = new HighlightedText();
    private final StatementPanel panel;
    private final StatementEditor editor;
    private final HorizontalLayout toolbar;
    private final HorizontalLayout workspace;
    private final Div notFound = new Div();
    private final Anchor documentHistory = new Anchor();
    private final Anchor documentDiscussion = new Anchor();
    private final Button details = new Button("Details");
    final Button guidelines = new Button("Guidelines");
    final com.vaadin.flow.component.tabs.TabSheet sideTabs = new com.vaadin.flow.component.tabs.TabSheet();
    final GuidelinesText guidelinesText = new GuidelinesText();
    private final com.vaadin.flow.component.tabs.Tab statementsTab;
    private final com.vaadin.flow.component.tabs.Tab guidelinesTab;
    private final org.credence.project.ProjectService projects;
    private final Span otherReaders = new Span();
    private final LiveDocuments live;
    private final List<StatementSuggestions> suggestionSources;
    private final boolean reviewer;
    private final org.credence.document.DocumentProjects documentProjects;
    private final org.credence.project.ui.SessionProject sessionProject;
    private final String username;
    private final boolean blindable;
    private Runnable leaveLive;
    private DocumentDetails document;
    private List<StatementView> statements = new ArrayList<>();
    private StatementView current;
    private final SuggestionSwitch suggestions;
    private final BlindBanner blindBanner;
    private final VersionNotice versionNotice;
    private final ReviewStatus reviewStatus;
    /** For those who do not label: what they can do here instead of a disabled toolbar. */
    private final Div readingBar = new Div();

    private final org.credence.annotation.StatementVisibility visibility;

    public ReaderView(
            DocumentService documents,
            AnnotationService annotations,
            CurrentUser currentUser,
            ReviewStatus reviewStatus,
            LiveDocuments live,
            List<StatementSuggestions> suggestionSources,
            org.credence.project.ProjectService projects,
            org.credence.document.DocumentProjects documentProjects,
            org.credence.project.ui.SessionProject sessionProject,
            org.credence.annotation.ReviewerAssignments reviewerAssignments,
            org.credence.annotation.StatementVisibility visibility,
            org.credence.annotation.CarriedStatements carried) {
        this.versionNotice = new VersionNotice(documents, carried, this::showStatement);
        this.projects = projects;
        this.visibility = visibility;
        this.blindBanner = new BlindBanner(reviewerAssignments, this::reloadStatements);
        this.documentProjects = documentProjects;
        this.sessionProject = sessionProject;
        this.documents = documents;
        this.suggestionSources = suggestionSources;
        this.reviewer = currentUser.has(Role.REVIEWER);
        this.live = live;
        this.username = currentUser.name();
        this.blindable = currentUser.onlyReviews();
        this.actions = new StatementActions(
                annotations, (before, after) -> applyChange(before != null ? before.id() : after.id(), after));
        setSizeFull();
        addClassName("cr-reader");

        provenance.setId("document-provenance");
        documentHistory.setText("History");
        documentHistory.setId("document-history");
        documentDiscussion.setText("Discussion");
        documentDiscussion.setId("document-discussion");
        details.setId("document-details-open");
        details.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        // Reviewers, editors and admins correct provenance; researchers only read it.
        String corrector = currentUser.maintainsDocuments() ? currentUser.name() : null;
        details.addClickListener(
                e -> new DocumentDetailsDialog(documents, document.id(), corrector, this::showProvenance).open());
        provenance.addClassName("cr-provenance");
        text.setCommands(this);
        panel = new StatementPanel(this::select, s -> open(List.of(s.id())), actions::delete, !reviewer);
        this.reviewStatus = reviewStatus;
        editor = new StatementEditor(currentUser.name(), reviewStatus, new StatementEditor.Actions() {
            @Override
            public void save(StatementView original, org.credence.annotation.StatementDetails changed) {
                if (actions.update(original, changed)) {
                    editor.close();
                }
            }

            @Override
            public void delete(StatementView statement) {
                actions.delete(statement);
                editor.close();
            }

            @Override
            public void showGuidelines() {
                openGuidelines();
            }
        });

        Div textPane = new Div(text);
        textPane.addClassName("cr-text-pane");
        textPane.setId("document-text-pane");
        // The guidelines sit beside the statements, so a reviewer checks a rule without losing their place.
        sideTabs.setId("reader-side-tabs");
        statementsTab = sideTabs.add("Statements", panel);
        guidelinesTab = sideTabs.add("Guidelines", guidelinesText);
        sideTabs.addSelectedChangeListener(e -> {
            if (e.getSelectedTab() == guidelinesTab) {
                showGuidelines();
            }
        });
        sideTabs.setSizeFull();
        VerticalLayout sidePanel = new VerticalLayout(sideTabs);
        sidePanel.addClassName("cr-side-panel");
        sidePanel.setPadding(false);
        sidePanel.setWidth("30rem");
        workspace = new HorizontalLayout(textPane, sidePanel);
        workspace.addClassName("cr-workspace"); // on a tablet the side panel goes under the text (credence.css)
        workspace.setSizeFull();
        workspace.setFlexGrow(1, textPane);
        workspace.setFlexShrink(0, sidePanel);
        workspace.setMinHeight("0");

        notFound.setId("document-not-found");
        notFound.add(
                new Paragraph("This document does not exist. It may have been removed."),
                new Button("Back to the Library", e -> getUI().ifPresent(ui -> ui.navigate(""))));
        notFound.setVisible(false);

        suggestions = new SuggestionSwitch(username, on -> showCues());
        suggestions.setVisible(reviewer);
        toolbar = labelToolbar();
        // Only reviewers label; everyone else reads (the services refuse them too), and is told what they can do.
        toolbar.setEnabled(reviewer);
        readingBar.setId("reading-bar");
        readingBar.addClassName("cr-meta");
        readingBar.add(new Span("Reviewers label this text. Each statement's author and the editor's decision are"
                + " listed on the right; choose one to read it. Hatched text: reviewers gave it different labels."));
        if (currentUser.has(Role.EDITOR)) {
            com.vaadin.flow.component.html.Anchor decide =
                    new com.vaadin.flow.component.html.Anchor("review", "Decide them in the Review queue");
            decide.setId("reading-bar-decide");
            readingBar.add(new Span(" "), decide);
        }
        otherReaders.setId("other-readers");
        otherReaders.addClassName("cr-meta");
        HorizontalLayout header = new HorizontalLayout(
                provenance, details, guidelines, documentHistory, documentDiscussion, otherReaders);
        guidelines.setId("document-guidelines");
        guidelines.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        guidelines.addClickListener(e -> sideTabs.setSelectedTab(guidelinesTab));
        header.setAlignItems(Alignment.BASELINE);
        ocrNotice = new org.credence.document.ui.OcrNotice(documents);
        add(
                title,
                header,
                ocrNotice,
                versionNotice,
                blindBanner,
                toolbar,
                readingBar,
                suggestions,
                workspace,
                notFound);
        // The text pane scrolls, not the page: the toolbar and the side list stay in reach.
        setFlexGrow(1, workspace);
    }

    private HorizontalLayout labelToolbar() {
        HorizontalLayout bar = new HorizontalLayout();
        // Each button looks like the highlight it makes (colour and underline) and shows its key as a
        // keycap, so it cannot be read as a count next to the side panel's tallies.
        for (Label label : Label.values()) {
            Button button = new Button(label.title(), e -> text.labelSelection(label));
            button.setSuffixComponent(Keycap.of(String.valueOf(label.shortcut())));
            button.setId("label-" + label.code());
            button.addClassNames("cr-label-button", "cr-" + label.code());
            button.setAriaLabel(label.title() + " (key " + label.shortcut() + ")");
            button.setTooltipText(
                    "Label the selected text " + label.title().toLowerCase() + " — key " + label.shortcut());
            bar.add(button);
        }
        Button undo = new Button("Undo", VaadinIcon.ARROW_BACKWARD.create(), e -> undo());
        undo.setSuffixComponent(Keycap.of("Ctrl+Z"));
        undo.setId("undo");
        undo.setAriaLabel("Undo (Ctrl+Z)");
        undo.setTooltipText("Undo your last add, change or delete (Ctrl+Z)");
        Button help = new Button("?", e -> help());
        help.setId("show-shortcuts");
        help.setAriaLabel("Keyboard shortcuts (?)");
        help.setTooltipText("Keyboard shortcuts (?)");
        List.of(undo, help).forEach(b -> b.addThemeVariants(ButtonVariant.LUMO_TERTIARY));
        bar.add(undo, help, new Span("Select text, then press 1, 2 or 3."));
        bar.setAlignItems(Alignment.BASELINE);
        return bar;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        document =
                event.getRouteParameters().getLong("documentId").map(this::find).orElse(null);
        boolean found = document != null;
        List.of(title, provenance, details, documentHistory, documentDiscussion, toolbar, workspace)
                .forEach(c -> c.setVisible(found));
        suggestions.setVisible(found && reviewer);
        toolbar.setVisible(found && reviewer);
        readingBar.setVisible(found && !reviewer);
        // The project's guidelines, for its members (everyone is in Default until projects scope documents).
        boolean member = found && projects.isReadable(document.projectId());
        guidelines.setVisible(member);
        guidelinesTab.setVisible(member);
        sideTabs.setSelectedTab(statementsTab);
        notFound.setVisible(!found);
        ocrNotice.setVisible(false);
        versionNotice.setVisible(false);
        blindBanner.setVisible(false);
        if (found) {
            showProvenance(document);
            documentHistory.setHref("history/document/" + document.id());
            documentDiscussion.setHref("discussion/document/" + document.id());
            text.setText(document.text());
            reloadStatements();
            showCues();
            // Opened from a search hit: go to its sentence.
            event.getLocation().getQueryParameters().getSingleParameter("at").ifPresent(at -> {
                try {
                    text.revealOffset(Integer.parseInt(at));
                } catch (NumberFormatException ignored) {
                    // a hand-edited link: open at the top
                }
            });
        }
        getUI().ifPresent(this::followLive);
    }

    /** The document's statements as the reader may see them, and whether blind review hides the others'. */
    private void reloadStatements() {
        statements = new ArrayList<>(actions.list(document.id()));
        text.setStatements(statements);
        panel.setStatements(statements);
        if (!reviewer) {
            panel.setDecisions(reviewStatus.describe(
                    statements.stream().map(StatementView::id).toList()));
        }
        blindBanner.show(document.id(), blindable && visibility.showsOnlyOwn(document.id()));
    }

    /** Title and provenance line; after a correction the text is unchanged, so only these are redrawn. */
    private void showProvenance(DocumentDetails details) {
        document = details;
        title.setText(details.title());
        provenance.setText(ProvenanceLine.of(details));
        ocrNotice.show(details);
        versionNotice.show(details);
    }

    /**
     * The document; one in another project the person belongs to (a colleague's link) is opened there,
     * switching the session to that project. For anyone else it does not exist.
     */
    private DocumentDetails find(long id) {
        try {
            return documents.get(id);
        } catch (DocumentNotFoundException e) {
            java.util.OptionalLong elsewhere = documentProjects.projectOf(id);
            if (elsewhere.isPresent()
                    && elsewhere.getAsLong() != sessionProject.id()
                    && sessionProject.switchTo(elsewhere.getAsLong())) {
                // The header and menu were built for the other project: load the page again inside this one.
                // (Not attached yet during navigation: the UI of this request, not getUI().)
                com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
                if (ui != null) {
                    ui.getPage().reload();
                }
                return documents.get(id);
            }
            return null;
        }
    }

    @Override
    public void labelSpan(int start, int end, Label label) {
        int[] snapped = WordSnapping.snap(document.text(), start, end);
        if (snapped[0] >= snapped[1]) {
            Notifications.error("The selection holds only white space: select the words to label.");
            return;
        }
        actions.add(document.id(), snapped[0], snapped[1], label);
    }

    @Override
    public void undo() {
        actions.undo();
    }

    @Override
    public void step(int direction) {
        sideTabs.setSelectedTab(statementsTab);
        List<StatementView> visible = panel.visible();
        if (visible.isEmpty()) {
            return;
        }
        int at = current == null ? -1 : visible.indexOf(current);
        int next = at < 0 ? (direction > 0 ? 0 : visible.size() - 1) : Math.floorMod(at + direction, visible.size());
        select(visible.get(next));
        panel.select(current);
    }

    @Override
    public void open(List<Long> statementIds) {
        // Innermost first: the statement whose label colours the highlight is the one the reviewer clicked.
        List<StatementView> atPlace = statements.stream()
                .filter(s -> statementIds.contains(s.id()))
                .sorted(java.util.Comparator.comparingInt((StatementView s) -> s.end() - s.start()))
                .toList();
        if (!atPlace.isEmpty()) {
            editor.open(atPlace);
        }
    }

    @Override
    public void help() {
        new ShortcutHelp().open();
    }

    /** Cue suggestions for reviewers, except where a statement already covers the sentence; none when switched off. */
    private void showCues() {
        if (!reviewer || document == null) {
            return;
        }
        SpanCover labelled = SpanCover.of(statements, StatementView::start, StatementView::end);
        var open = suggestionSources.stream()
                .flatMap(source -> source.forDocument(document.id()).stream())
                .filter(c -> !labelled.overlaps(c.start(), c.end()))
                .sorted(java.util.Comparator.comparingInt(StatementSuggestions.Suggestion::start))
                .toList();
        suggestions.setCount(open.size());
        text.setCues(suggestions.isOn() ? open : List.of());
    }

    @Override
    public void acceptCue(int start, int end) {
        text.getCues().stream()
                .filter(c -> c.start() == start && c.end() == end)
                .findFirst()
                .ifPresent(suggestion -> {
                    actions.add(document.id(), start, end, suggestion.proposed());
                    showCues();
                });
    }

    @Override
    public void dismissCue(int start, int end) {
        suggestionSources.forEach(source -> source.dismiss(document.id(), start, end));
        showCues();
    }

    /** A statement named elsewhere (a carried-over one in "See changes"): selected in the text and the list. */
    private void showStatement(long statementId) {
        sideTabs.setSelectedTab(statementsTab);
        statements.stream().filter(s -> s.id() == statementId).findFirst().ifPresent(s -> {
            select(s);
            panel.select(s);
        });
    }

    private void select(StatementView statement) {
        current = statement;
        text.reveal(statement.id());
    }

    /** Brings the text and the list up to date after one statement was added, changed or removed. */
    private void applyChange(long statementId, StatementView after) {
        if (after == null) {
            statements.removeIf(s -> s.id() == statementId);
            text.remove(statementId);
        } else {
            statements = new ArrayList<>(StatementPanel.merged(statements, after));
            text.put(after);
        }
        if (current != null && current.id() == statementId) {
            current = after;
        }
        panel.setStatements(statements);
    }

    /** Read each time the tab is chosen: an editor may have revised them since the page opened. */
    private void showGuidelines() {
        if (document != null) {
            guidelinesText.show(projects.guidelines(document.projectId()));
        }
    }

    private void openGuidelines() {
        new GuidelinesDialog(projects.guidelines(document.projectId())).open();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        followLive(attachEvent.getUI());
    }

    /** Receives other reviewers' changes to this document and shows who else reads it. */
    private void followLive(com.vaadin.flow.component.UI ui) {
        if (leaveLive != null) {
            leaveLive.run();
            leaveLive = null;
        }
        if (document != null) {
            leaveLive = live.join(
                    document.id(),
                    new org.credence.annotation.StatementVisibility.Reader(username, document.projectId(), blindable),
                    ui,
                    new LiveDocuments.Reader() {
                        @Override
                        public void statementChanged(long statementId, StatementView after) {
                            applyChange(statementId, after);
                        }

                        @Override
                        public void viewersChanged(java.util.Set<String> others) {
                            otherReaders.setText(others.isEmpty() ? "" : "Also reading: " + String.join(", ", others));
                        }
                    });
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (leaveLive != null) {
            leaveLive.run();
            leaveLive = null;
        }
    }

    /** For tests: what the editor dialog is showing. */
    StatementEditor editor() {
        return editor;
    }

    @Override
    public String getPageTitle() {
        return (document == null ? "Document not found" : document.title()) + " · Credence";
    }
}
