package org.credence.annotation.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.credence.MovableClock;
import org.credence.annotation.StatementBroadcast;
import org.credence.annotation.StatementView;
import org.credence.annotation.StatementVisibility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue #15: "Also reading" named people whose browsers had closed; a Reader that goes silent now leaves. */
class LiveDocumentsPresenceTest {

    final MovableClock clock = new MovableClock();
    LiveDocuments live;
    final List<Set<String>> shownToEditor = new ArrayList<>();

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        live = new LiveDocuments(mock(StatementVisibility.class), mock(StatementBroadcast.class), clock);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void a_reader_whose_browser_went_silent_leaves_the_also_reading_line() {
        live.join(
                7,
                new org.credence.annotation.StatementVisibility.Reader("reviewer2", 1, true),
                UI.getCurrent(),
                reader(new ArrayList<>()));
        clock.now = clock.now.plus(LiveDocuments.SILENT_FOR).minusSeconds(10);
        live.join(
                7,
                new org.credence.annotation.StatementVisibility.Reader("editor", 1, false),
                UI.getCurrent(),
                reader(shownToEditor));
        MockVaadin.clientRoundtrip();
        assertThat(shownToEditor.get(shownToEditor.size() - 1)).containsExactly("reviewer2");

        live.forgetSilentReaders();
        assertThat(live.readersOf(7)).as("still within its heartbeats").containsExactly("editor", "reviewer2");

        clock.now = clock.now.plusSeconds(11);
        live.forgetSilentReaders();
        MockVaadin.clientRoundtrip();
        assertThat(live.readersOf(7)).as("the editor's browser spoke recently").containsExactly("editor");
        assertThat(shownToEditor.get(shownToEditor.size() - 1)).isEmpty();
    }

    private static LiveDocuments.Reader reader(List<Set<String>> shown) {
        return new LiveDocuments.Reader() {
            @Override
            public void statementChanged(long statementId, StatementView after) {}

            @Override
            public void viewersChanged(Set<String> others) {
                shown.add(others);
            }
        };
    }
}
