package org.credence.discovery.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.credence.AbstractAppTest;
import org.credence.TestCorpus;
import org.credence.discovery.CandidateView;
import org.credence.document.DocumentService;
import org.credence.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The Claims board's Candidates tab: a reviewer accepts one; the editor sees the Discover action. */
class CandidatesPanelTest extends AbstractAppTest {

    @Autowired
    DocumentService documents;

    @Autowired
    JdbcTemplate jdbc;

    String wording;

    @BeforeEach
    void aCandidateOnTwoReports() {
        wording = "At least 12 people were killed when the bridge collapsed " + UUID.randomUUID();
        long a = TestCorpus.importText(documents, "Report A\n" + wording + ".");
        long b = TestCorpus.importText(documents, "Report B\nAs many as 20 are feared dead after the bridge fell.");
        long project = jdbc.queryForObject("select project_id from document where id = ?", Long.class, a);
        org.credence.discovery.CandidateRows.insert(
                jdbc,
                project,
                wording,
                "counts differ: “At least 12” · “As many as 20”",
                new org.credence.discovery.CandidateRows.Place(a, 9, wording, "ASSERTED", "At least 12"),
                new org.credence.discovery.CandidateRows.Place(
                        b, 9, "As many as 20 are feared dead after the bridge fell.", "HEDGED", "As many as 20"));
    }

    @Test
    void a_reviewer_reads_a_candidate_with_its_places_and_accepts_it() {
        login("reviewer1", Role.REVIEWER);
        CandidatesPanel panel = openCandidates();
        assertThat(panel.discover.isVisible())
                .as("only editors start discovery")
                .isFalse();
        CandidateView candidate = rows(panel).stream()
                .filter(c -> c.wording().equals(wording))
                .findFirst()
                .orElseThrow();

        panel.grid.select(candidate);

        assertThat(panel.details.isVisible()).isTrue();
        assertThat(panel.members.getListDataView().getItems().map(CandidatesPanel::describe))
                .anySatisfy(line -> assertThat(line).contains("hedged · As many as 20 — “As many as 20"));
        _click(panel.merge);
        assertThat(NotificationsKt.getNotifications())
                .last()
                .satisfies(n -> assertThat(n.getElement().getProperty("text"))
                        .isEqualTo("Choose the candidate to merge into this one."));

        panel.grid.select(candidate);
        _click(panel.accept);

        assertThat(NotificationsKt.getNotifications())
                .last()
                .satisfies(n -> assertThat(n.getElement().getProperty("text")).startsWith("Accepted: claim "));
        assertThat(rows(panel)).extracting(CandidateView::wording).doesNotContain(wording);
    }

    @Test
    void an_editor_may_start_discovery_and_is_told_it_runs_in_the_background() {
        login("editor", Role.EDITOR);
        CandidatesPanel panel = openCandidates();
        assertThat(panel.discover.isVisible()).isTrue();

        _click(panel.discover);

        assertThat(NotificationsKt.getNotifications())
                .last()
                .satisfies(n -> assertThat(n.getElement().getProperty("text")).startsWith("Discovery is running"));
        assertThat(panel.runLine.getText()).isNotBlank();
    }

    /** The Claims board, on its Candidates tab. */
    private static CandidatesPanel openCandidates() {
        UI.getCurrent().navigate("claims");
        _get(com.vaadin.flow.component.tabs.TabSheet.class, spec -> spec.withId("claims-tabs"))
                .setSelectedIndex(1);
        return _get(CandidatesPanel.class);
    }

    private static List<CandidateView> rows(CandidatesPanel panel) {
        return IntStream.range(0, GridKt._size(panel.grid))
                .mapToObj(i -> GridKt._get(panel.grid, i))
                .toList();
    }
}
