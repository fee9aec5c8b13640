package org.credence.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.credence.AbstractAppTest;
import org.credence.TestCorpus;
import org.credence.document.DocumentService;
import org.credence.review.MyAssignment;
import org.credence.review.ReviewSettings;
import org.credence.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/** An editor shares out documents; a reviewer works through My queue and marks one done. */
@TestPropertySource(
        properties = "spring.datasource.url=jdbc:h2:mem:credence-assign-views-${random.uuid};DB_CLOSE_DELAY=-1")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class AssignmentViewsTest extends AbstractAppTest {

    @Autowired
    DocumentService documents;

    @Autowired
    ReviewSettings settings;

    @Autowired
    org.credence.project.ProjectService projects;

    @Autowired
    org.credence.security.UserAccountService accounts;

    @Test
    void the_editor_assigns_every_document_and_the_reviewer_marks_one_done() {
        long first = TestCorpus.importText(documents, "First assigned document");
        TestCorpus.importText(documents, "Second assigned document");
        login("editor", Role.EDITOR);
        UI.getCurrent().navigate(AssignmentView.class);
        AssignmentView assignments = _get(AssignmentView.class);
        assignments.reviewers.setValue(Set.of("reviewer1", "reviewer2"));
        _setValue(assignments.perDocument, 1);
        _click(assignments.assign);

        login("reviewer1", Role.REVIEWER);
        UI.getCurrent().navigate(MyQueueView.class);
        MyQueueView queue = _get(MyQueueView.class);
        List<MyAssignment> mine = rows(queue);
        assertThat(mine).hasSize(1).allSatisfy(a -> assertThat(a.done()).isFalse());
        assertThat(queue.grid.getThemeNames()).as("whole titles, wrapped").contains("wrap-cell-content");
        assertThat(GridKt._getFormatted(queue.grid.getColumnByKey("status"), mine.get(0)))
                .isEqualTo("To do");
        assertThat(_get(Span.class, spec -> spec.withId("my-progress")).getText())
                .isEqualTo("0 of 1 documents done");

        queue.markDone(mine.get(0));

        assertThat(rows(queue).get(0).done()).isTrue();
        assertThat(_get(Span.class, spec -> spec.withId("my-progress")).getText())
                .isEqualTo("1 of 1 documents done");
        assertThat(first).isPositive();
    }

    @Test
    void the_editor_assigns_a_document_by_hand() {
        long id = TestCorpus.importText(documents, "Hand-assigned document");
        login("editor", Role.EDITOR);
        UI.getCurrent().navigate(AssignmentView.class);
        AssignmentView view = _get(AssignmentView.class);
        org.credence.document.DocumentSummary summary =
                documents.list(org.springframework.data.domain.PageRequest.of(0, 100)).stream()
                        .filter(d -> d.id() == id)
                        .findFirst()
                        .orElseThrow();

        view.document.setValue(summary);
        _setValue(view.reviewer, "reviewer2");
        _click(view.assignOne);

        login("reviewer2", Role.REVIEWER);
        UI.getCurrent().navigate(MyQueueView.class);
        assertThat(rows(_get(MyQueueView.class)))
                .extracting(MyAssignment::documentId)
                .contains(id);
    }

    @Test
    void the_form_starts_from_the_projects_reviewers_and_its_reviewers_per_document() {
        login("admin", Role.ADMIN);
        var here = projects.acting();
        projects.update(
                here.id(),
                here.version(),
                here.name(),
                here.description(),
                new org.credence.project.ProjectSettings(true, 3, false, ""));
        accounts.create("outsider", "Not in this project", "a long enough password", Set.of(Role.RESEARCHER));

        login("editor", Role.EDITOR);
        UI.getCurrent().navigate(AssignmentView.class);
        AssignmentView view = _get(AssignmentView.class);

        assertThat(view.perDocument.getValue()).isEqualTo(3);
        assertThat(view.reviewers.getSelectedItems())
                .containsExactlyInAnyOrderElementsOf(projects.actingMembersWith(Role.REVIEWER))
                .contains("reviewer1", "reviewer2")
                .doesNotContain("outsider", "editor");
    }

    @Test
    void the_editor_switches_blind_mode() {
        login("editor", Role.EDITOR);
        UI.getCurrent().navigate(AssignmentView.class);
        AssignmentView view = _get(AssignmentView.class);
        assertThat(view.blindMode.getValue()).isTrue();

        _setValue(view.blindMode, false);

        assertThat(settings.blindMode()).isFalse();
    }

    @Test
    void asking_for_more_reviewers_per_document_than_there_are_is_explained() {
        login("editor", Role.EDITOR);
        UI.getCurrent().navigate(AssignmentView.class);
        AssignmentView view = _get(AssignmentView.class);
        view.reviewers.setValue(Set.of("reviewer1"));
        _setValue(view.perDocument, 3);

        _click(view.assign);

        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications())
                .last()
                .satisfies(n -> assertThat(n.getElement().getProperty("text"))
                        .isEqualTo("Choose between 1 and 1 reviewers per document (there are 1 reviewers)."));
    }

    private static List<MyAssignment> rows(MyQueueView view) {
        return IntStream.range(0, GridKt._size(view.grid))
                .mapToObj(i -> GridKt._get(view.grid, i))
                .toList();
    }
}
