package org.credence.discovery.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.credence.base.ui.Notifications;
import org.credence.discovery.CandidateMemberView;
import org.credence.discovery.CandidateView;
import org.credence.discovery.DiscoveryRunView;
import org.credence.discovery.DiscoveryService;

/**
 * Candidate claims on the Claims board: what discovery proposed, most worth a look first, and the
 * actions that turn them into claims (accept), correct them (remove a place, merge, split) or drop them
 * (dismiss). Everything shown is what the documents say; nobody's labels appear here.
 */
public class CandidatesPanel extends VerticalLayout {

    static final int PAGE = 50;

    private final DiscoveryService discovery;
    final Button discover = new Button("Discover claims");
    final Span runLine = new Span();
    final ProgressBar progress = new ProgressBar(0, 1);
    final Grid<CandidateView> grid = new Grid<>(CandidateView.class, false);
    final Paragraph empty = new Paragraph();
    final Div details = new Div();
    final CheckboxGroup<CandidateMemberView> members = new CheckboxGroup<>();
    final Button accept = new Button("Accept as a claim");
    final Button dismiss = new Button("Dismiss");
    final Button removeMembers = new Button("Remove ticked places");
    final Button split = new Button("Split ticked into a new candidate");
    final ComboBox<CandidateView> mergeWith = new ComboBox<>();
    final Button merge = new Button("Merge");
    private final boolean mayAct;
    private CandidateView shown;
    private Registration polling;

    public CandidatesPanel(DiscoveryService discovery, boolean mayStart, boolean mayAct) {
        this.discovery = discovery;
        this.mayAct = mayAct;
        setPadding(false);
        setSizeFull();
        discover.setId("discover-claims");
        discover.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        discover.setVisible(mayStart);
        discover.addClickListener(e -> start());
        runLine.setId("discovery-run");
        runLine.addClassName("cr-meta");
        progress.setId("discovery-progress");
        progress.setWidth("16rem");
        progress.setVisible(false);
        HorizontalLayout header = new HorizontalLayout(discover, runLine, progress);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        grid.setId("candidates");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(CandidateView::wording)
                .setHeader("Proposed claim")
                .setFlexGrow(4)
                .setKey("wording");
        grid.addColumn(CandidateView::sources)
                .setHeader("Sources")
                .setAutoWidth(true)
                .setKey("sources");
        grid.addColumn(LitRenderer.<CandidateView>of("<span class='${item.css}'>${item.note}</span>")
                        .withProperty("css", c -> c.figureNote() != null ? "cr-conflict" : "cr-meta")
                        .withProperty("note", c -> c.figureNote() != null ? "⚠ " + c.figureNote() : "—"))
                .setHeader("Figures")
                .setFlexGrow(2)
                .setKey("figures");
        grid.addColumn(c -> String.join(", ", c.presentations()))
                .setHeader("Presented as")
                .setAutoWidth(true)
                .setKey("presentations");
        // Room below for the chosen candidate's places, also at 1280×720.
        grid.setHeight("40vh");
        grid.setMinHeight("12rem");
        setFlexGrow(0, grid); // a grid grows to fill a column by default; the details need the room
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        empty.setId("candidates-empty");

        details.setId("candidate-details");
        details.setWidthFull();
        members.setId("candidate-members");
        members.addClassName("cr-candidate-members");
        members.setItemLabelGenerator(CandidatesPanel::describe);
        accept.setId("candidate-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.addClickListener(e -> act(() -> {
            CandidateView done = discovery.accept(shown.id());
            Notifications.success("Accepted: claim " + done.claimId() + " has its "
                    + done.members().size() + " places.");
        }));
        dismiss.setId("candidate-dismiss");
        dismiss.addClickListener(e -> act(() -> discovery.dismiss(shown.id())));
        removeMembers.setId("candidate-remove-members");
        removeMembers.addClickListener(e -> act(() -> {
            for (CandidateMemberView member : List.copyOf(members.getSelectedItems())) {
                if (discovery.removeMember(shown.id(), member.id()).status()
                        != org.credence.discovery.CandidateStatus.OPEN) {
                    Notifications.info("Fewer than two documents were left: the candidate was dismissed.");
                    break;
                }
            }
        }));
        split.setId("candidate-split");
        split.addClickListener(e -> act(() -> discovery.split(
                shown.id(),
                members.getSelectedItems().stream().map(CandidateMemberView::id).toList())));
        mergeWith.setId("candidate-merge-with");
        mergeWith.setPlaceholder("Another candidate…");
        mergeWith.setItemLabelGenerator(CandidateView::wording);
        mergeWith.setWidth("22rem");
        merge.setId("candidate-merge");
        merge.addClickListener(e -> act(() -> {
            if (mergeWith.getValue() == null) {
                throw new IllegalArgumentException("Choose the candidate to merge into this one.");
            }
            discovery.merge(shown.id(), mergeWith.getValue().id());
        }));
        details.setVisible(false);
        add(header, empty, grid, details);
        refresh();
    }

    /** One place as the list shows it: source and date, how it is presented, its figures, the words. */
    static String describe(CandidateMemberView m) {
        StringBuilder line = new StringBuilder();
        line.append(m.source() != null ? m.source() : m.documentTitle());
        if (m.published() != null) {
            line.append(", ").append(m.published());
        }
        line.append(" · ").append(m.presentation());
        if (m.figures() != null) {
            line.append(" · ").append(m.figures());
        }
        return line.append(" — “").append(m.exact().strip()).append("”").toString();
    }

    private void start() {
        DiscoveryRunView run = discovery.start();
        showRun(Optional.of(run));
        Notifications.info("Discovery is running in the background; candidates appear here when it ends.");
    }

    /** Reads the candidates and the latest run again. */
    void refresh() {
        List<CandidateView> page = discovery.candidates(0, PAGE).items();
        grid.setItems(page);
        long total = discovery.candidates(0, 1).total();
        Optional<DiscoveryRunView> run = discovery.latestRun();
        boolean going = run.isPresent() && run.get().status().equals("RUNNING");
        String none = run.isEmpty()
                ? "No candidates yet. "
                        + (discover.isVisible()
                                ? "“Discover claims” groups sentences that say the same thing in different documents."
                                : "An editor starts discovery; candidates then appear here.")
                : "No open candidates: every proposal was accepted or dismissed, or none was found.";
        empty.setText(going ? "Discovery is running; candidates appear here when it ends." : none);
        empty.setVisible(page.isEmpty());
        grid.setVisible(!page.isEmpty());
        if (total > PAGE) {
            empty.setText("Showing the first " + PAGE + " of " + total + " candidates.");
            empty.setVisible(true);
        }
        showRun(run);
        if (shown != null) {
            show(page.stream().filter(c -> c.id() == shown.id()).findFirst().orElse(null));
        }
    }

    private void showRun(Optional<DiscoveryRunView> latest) {
        if (latest.isEmpty()) {
            runLine.setText("");
            progress.setVisible(false);
            return;
        }
        DiscoveryRunView run = latest.get();
        boolean going = run.status().equals("RUNNING");
        progress.setVisible(going);
        if (going) {
            progress.setValue(run.documentsTotal() == 0 ? 0 : run.documentsDone() / (double) run.documentsTotal());
            runLine.setText(
                    run.message() != null
                            ? run.message()
                            : "Discovering: " + run.documentsDone() + " of " + run.documentsTotal()
                                    + " documents read…");
        } else if (run.status().equals("FAILED")) {
            runLine.setText("The last discovery failed: " + run.message());
        } else {
            runLine.setText("Last discovery by " + run.startedBy() + ", "
                    + String.format(
                            Locale.ROOT, "%tF %<tR UTC", run.finishedAt().atZone(java.time.ZoneOffset.UTC)) + ": "
                    + run.candidates()
                    + " candidates open.");
        }
        discover.setEnabled(!going);
        setPolling(going);
    }

    private void show(CandidateView candidate) {
        shown = candidate;
        details.removeAll();
        details.setVisible(candidate != null);
        if (candidate == null) {
            return;
        }
        members.setItems(candidate.members());
        List<CandidateView> others = new ArrayList<>(grid.getListDataView()
                .getItems()
                .filter(c -> c.id() != candidate.id())
                .toList());
        mergeWith.setItems(others);
        mergeWith.clear();
        H3 title = new H3(candidate.wording());
        Paragraph summary = new Paragraph(candidate.members().size() + " places in " + candidate.documents()
                + " documents from " + candidate.sources() + " sources"
                + (candidate.figureNote() != null ? "; " + candidate.figureNote() : "") + ".");
        summary.addClassName("cr-meta");
        HorizontalLayout actions = new HorizontalLayout(accept, dismiss, removeMembers, split, mergeWith, merge);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);
        actions.setVisible(mayAct);
        details.add(title, summary, members, actions);
        details.getElement().executeJs("this.scrollIntoView({block: 'nearest'})");
        if (!mayAct) {
            details.add(new Text("Reviewers and editors accept, correct or dismiss candidates."));
        }
    }

    /** Runs an action on the shown candidate; a refusal is explained and nothing changes. */
    private void act(Runnable action) {
        try {
            action.run();
        } catch (IllegalArgumentException | org.credence.discovery.CandidateDecidedException e) {
            Notifications.error(e.getMessage());
        } catch (org.springframework.dao.OptimisticLockingFailureException e) {
            Notifications.error("Someone changed this candidate at the same moment; it has been read again.");
        }
        members.clear();
        refresh();
    }

    private void setPolling(boolean on) {
        Optional<UI> ui = getUI();
        if (ui.isEmpty()) {
            return;
        }
        if (on && polling == null) {
            ui.get().setPollInterval(1_000);
            polling = ui.get().addPollListener(e -> refresh());
        } else if (!on && polling != null) {
            polling.remove();
            polling = null;
            ui.get().setPollInterval(-1);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
            polling = null;
            event.getUI().setPollInterval(-1);
        }
    }
}
