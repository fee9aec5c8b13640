package org.credence.export.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.function.Consumer;
import org.credence.export.ExportJob;

/** A running export: "Exporting 12,000 of 1,000,000 statements…", a progress bar and Cancel. */
class ExportProgressPanel extends VerticalLayout {

    /** A million statements report a thousand times; four pushes a second read as live. */
    private static final long MIN_PUSH_INTERVAL_NANOS = 250_000_000L;

    private final ProgressBar bar = new ProgressBar(0, 1);
    private final Span line = new Span();
    private final Button cancel = new Button("Cancel");
    private ExportJob job;
    private Consumer<ExportJob> listener;
    private volatile long lastPush;

    ExportProgressPanel() {
        setPadding(false);
        setSpacing(false);
        setVisible(false);
        line.setId("export-progress-line");
        bar.setId("export-progress");
        cancel.setId("export-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(e -> {
            job.cancel();
            cancel.setEnabled(false);
            cancel.setText("Cancelling…");
        });
        HorizontalLayout header = new HorizontalLayout(line, cancel);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(header, bar);
    }

    /** Shows {@code followed} until it ends, then hides and hands it to {@code onEnd} on the UI thread. */
    void follow(ExportJob followed, UI ui, Consumer<ExportJob> onEnd) {
        stopFollowing();
        job = followed;
        cancel.setEnabled(true);
        cancel.setText("Cancel");
        setVisible(true);
        boolean[] ended = {false};
        listener = j -> {
            long now = System.nanoTime();
            boolean finished = j.state() != ExportJob.State.RUNNING;
            if (!finished && now - lastPush < MIN_PUSH_INTERVAL_NANOS) {
                return;
            }
            lastPush = now;
            ui.access(() -> {
                show();
                if (finished && !ended[0]) {
                    ended[0] = true;
                    stopFollowing();
                    setVisible(false);
                    onEnd.accept(j);
                }
            });
        };
        followed.addListener(listener);
        show();
        if (followed.state() != ExportJob.State.RUNNING) { // it ended before the listener was added
            listener.accept(followed);
        }
    }

    private void show() {
        line.setText(job.describe());
        bar.setValue(job.fraction());
    }

    private void stopFollowing() {
        if (job != null && listener != null) {
            job.removeListener(listener);
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopFollowing(); // the export goes on; its file lands in exports/ all the same
        super.onDetach(detachEvent);
    }
}
