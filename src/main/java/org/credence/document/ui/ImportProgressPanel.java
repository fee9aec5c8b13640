package org.credence.document.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.Comparator;
import java.util.function.Consumer;
import org.credence.document.ImportBatch;
import org.credence.document.ImportOutcome;
import org.credence.document.ImportProgress;

/**
 * One batch import on screen: a progress bar with done/total/failed pushed while it runs, Cancel,
 * and at the end the summary with every failure and probable duplicate and its reason.
 */
class ImportProgressPanel extends VerticalLayout {

    /** Pushing every file of a 10,000-file batch would flood the browser; four updates a second read as live. */
    private static final long MIN_PUSH_INTERVAL_NANOS = 250_000_000L;

    private final ImportBatch batch;
    private final ProgressBar bar = new ProgressBar(0, 1);
    private final Span line = new Span();
    private final Button cancel = new Button("Cancel");
    private final Button dismiss = new Button("Dismiss");
    private final Grid<ImportOutcome> problems = new Grid<>(ImportOutcome.class, false);
    private final Runnable onFinished;
    private Consumer<ImportProgress> listener;
    private volatile long lastPush;

    ImportProgressPanel(ImportBatch batch, Runnable onFinished) {
        this.batch = batch;
        this.onFinished = onFinished;
        addClassName("cr-import-panel");
        setPadding(false);
        setSpacing(false);
        line.addClassName("cr-import-line");
        cancel.addClassName("cr-import-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(e -> {
            batch.cancel();
            cancel.setEnabled(false);
            cancel.setText("Cancelling…");
        });
        dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        dismiss.addClickListener(e -> removeFromParent());
        dismiss.setVisible(false);

        problems.addClassName("cr-import-problems");
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        problems.addColumn(ImportOutcome::fileName)
                .setHeader("File")
                .setFlexGrow(2)
                .setKey("file");
        problems.addColumn(o -> o.isFailure() ? "Not imported" : "Probable duplicate")
                .setHeader("Result")
                .setAutoWidth(true)
                .setKey("result");
        problems.addColumn(ImportOutcome::message)
                .setHeader("Reason")
                .setFlexGrow(4)
                .setKey("reason");
        problems.setVisible(false);

        HorizontalLayout header = new HorizontalLayout(line, cancel, dismiss);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(header, bar, problems);
        show(batch.progress());
    }

    /** Starts following the batch; updates reach the browser by server push. */
    void follow(UI ui) {
        stopFollowing();
        listener = progress -> {
            long now = System.nanoTime();
            if (!progress.finished() && now - lastPush < MIN_PUSH_INTERVAL_NANOS) {
                return;
            }
            lastPush = now;
            ui.access(() -> show(batch.progress()));
        };
        batch.addListener(listener);
        show(batch.progress()); // it may have moved on, or ended, before the listener was added
    }

    void stopFollowing() {
        if (listener != null) {
            batch.removeListener(listener);
        }
    }

    ImportBatch batch() {
        return batch;
    }

    private boolean summarised;

    void show(ImportProgress progress) {
        line.setText(progress.describe());
        bar.setValue(progress.finished() ? 1 : progress.fraction());
        if (progress.finished() && !summarised) {
            summarised = true;
            bar.setVisible(false);
            cancel.setVisible(false);
            dismiss.setVisible(true);
            var shown = batch.problems().stream()
                    .sorted(Comparator.comparing(ImportOutcome::fileName))
                    .toList();
            problems.setItems(shown);
            // A few rows show whole; a long list scrolls lazily instead of rendering thousands of rows.
            problems.setAllRowsVisible(shown.size() <= 10);
            if (shown.size() > 10) {
                problems.setHeight("20em");
            }
            problems.setVisible(!shown.isEmpty());
            stopFollowing();
            onFinished.run();
        }
    }
}
