package org.credence.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.upload.Upload;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.credence.AbstractAppTest;
import org.credence.TestCorpus;
import org.credence.annotation.ui.ReaderView;
import org.credence.document.DocumentService;
import org.credence.document.ui.LibraryView;
import org.credence.export.ui.ExportView;
import org.credence.security.Role;
import org.credence.security.UserSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Which views each role reaches, and what the Admin view does. */
class ViewAccessTest extends AbstractAppTest {

    @Autowired
    DocumentService documents;

    @ParameterizedTest(name = "{0} opens {1}: {2}")
    @CsvSource({
        "REVIEWER, '', true",
        "EDITOR, '', true",
        "RESEARCHER, '', true",
        "ADMIN, '', true",
        "REVIEWER, export, false",
        "EDITOR, export, true",
        "RESEARCHER, export, true",
        "ADMIN, export, true",
        "REVIEWER, admin/users, false",
        "EDITOR, admin/users, false",
        "RESEARCHER, admin/users, false",
        "ADMIN, admin/users, true",
        "REVIEWER, review, false",
        "EDITOR, review, true",
        "RESEARCHER, review, false",
        "ADMIN, review, false",
        "REVIEWER, my-queue, true",
        "EDITOR, my-queue, false",
        "RESEARCHER, my-queue, false",
        "REVIEWER, assignments, false",
        "EDITOR, assignments, true",
        "ADMIN, assignments, false",
        "REVIEWER, agreement, false",
        "EDITOR, agreement, true",
        "RESEARCHER, agreement, true",
        "ADMIN, agreement, true",
    })
    void each_role_reaches_only_its_views(Role role, String route, boolean allowed) {
        login(role.name().toLowerCase(), role);

        UI.getCurrent().navigate(route);

        Class<? extends Component> expected = switch (route) {
            case "export" -> ExportView.class;
            case "admin/users" -> AdminView.class;
            case "review" -> org.credence.review.ui.ReviewQueueView.class;
            case "agreement" -> org.credence.review.ui.AgreementView.class;
            case "my-queue" -> org.credence.review.ui.MyQueueView.class;
            case "assignments" -> org.credence.review.ui.AssignmentView.class;
            default -> LibraryView.class;
        };
        assertThat(current()).as(role + " on /" + route).isEqualTo(allowed ? expected : current());
        assertThat(current() == expected).isEqualTo(allowed);
    }

    @Test
    void a_researcher_reads_but_cannot_upload_or_label() {
        long id = TestCorpus.importText(documents, "Read-only check.");
        login("researcher", Role.RESEARCHER);

        UI.getCurrent().navigate(LibraryView.class);
        _assertNone(Upload.class, spec -> spec.withId("upload"));
        UI.getCurrent().navigate("documents/" + id);
        assertThat(current()).isEqualTo(ReaderView.class);
        // No label toolbar for those who do not label: a line saying what they can do instead.
        _assertNone(Button.class, spec -> spec.withId("label-confirmed"));
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("reading-bar"))
                        .getElement()
                        .getTextRecursively())
                .startsWith("Reviewers label this text.")
                .doesNotContain("Review queue");
    }

    @Test
    void an_admin_creates_an_account_and_changes_its_roles() {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate(AdminView.class);
        AdminView view = _get(AdminView.class);
        String name = "new-" + UUID.randomUUID().toString().substring(0, 6);

        _setValue(view.username, name);
        _setValue(view.displayName, "New Person");
        _setValue(view.password, "secret");
        _setValue(view.roles, EnumSet.of(Role.REVIEWER));
        _click(view.create);

        UserSummary created = rows(view).stream()
                .filter(u -> u.username().equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(created.roles()).containsExactly(Role.REVIEWER);
        view.grid.select(created);
        _setValue(view.roles, EnumSet.of(Role.REVIEWER, Role.EDITOR));
        _setValue(view.active, false);
        _click(view.save);
        UserSummary saved = rows(view).stream()
                .filter(u -> u.username().equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(saved.roles()).containsExactlyInAnyOrder(Role.REVIEWER, Role.EDITOR);
        assertThat(saved.active()).isFalse();
    }

    private static Class<?> current() {
        List<?> chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        return chain.isEmpty() ? null : chain.get(0).getClass();
    }

    private static List<UserSummary> rows(AdminView view) {
        return IntStream.range(0, GridKt._size(view.grid))
                .mapToObj(i -> GridKt._get(view.grid, i))
                .toList();
    }
}
