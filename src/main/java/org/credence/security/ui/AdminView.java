package org.credence.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.stream.Collectors;
import org.credence.base.ui.MainLayout;
import org.credence.base.ui.Notifications;
import org.credence.security.Role;
import org.credence.security.UserAccountService;
import org.credence.security.UserSummary;
import org.springframework.dao.OptimisticLockingFailureException;

/** Accounts: create, give roles, deactivate, reset a password. Admins only. */
@Route(value = "admin/users", layout = MainLayout.class)
@PageTitle("Accounts · Credence")
@Menu(title = "Accounts", order = 90, icon = "vaadin:users")
@RolesAllowed(Role.ADMIN_ROLE)
public class AdminView extends VerticalLayout {

    private final UserAccountService accounts;
    final Grid<UserSummary> grid = new Grid<>(UserSummary.class, false);
    final TextField username = new TextField("Username");
    final TextField displayName = new TextField("Display name");
    final PasswordField password = new PasswordField("Password");
    final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
    final Checkbox active = new Checkbox("Active");
    final Button create = new Button("Create account");
    final Button save = new Button("Save changes");
    final Button resetPassword = new Button("Set this password");
    private UserSummary editing;

    public AdminView(UserAccountService accounts) {
        this.accounts = accounts;
        grid.setId("accounts");
        grid.addColumn(UserSummary::username).setHeader("Username").setKey("username");
        grid.addColumn(UserSummary::displayName).setHeader("Name");
        grid.addColumn(u -> u.roles().stream().map(Role::title).sorted().collect(Collectors.joining(", ")))
                .setHeader("Roles")
                .setKey("roles");
        grid.addColumn(u -> u.active() ? "active" : "deactivated")
                .setHeader("Status")
                .setKey("status");
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));
        grid.setAllRowsVisible(true);

        username.setId("account-username");
        displayName.setId("account-display-name");
        password.setId("account-password");
        password.setHelperText("At least 4 characters");
        roles.setId("account-roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(Role::title);
        active.setId("account-active");
        create.setId("account-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        save.setId("account-save");
        save.addClickListener(e -> save());
        resetPassword.setId("account-reset-password");
        resetPassword.addClickListener(e -> resetPassword());
        Button clear = new Button("New account", e -> grid.asSingleSelect().clear());

        FormLayout form = new FormLayout(username, displayName, password, roles, active);
        add(
                new H2("Accounts"),
                grid,
                new H3("Account"),
                form,
                new HorizontalLayout(create, save, resetPassword, clear));
        refresh();
        edit(null);
    }

    private void edit(UserSummary account) {
        editing = account;
        boolean existing = account != null;
        username.setValue(existing ? account.username() : "");
        username.setReadOnly(existing);
        displayName.setValue(existing ? account.displayName() : "");
        password.clear();
        roles.setValue(existing ? account.roles() : EnumSet.noneOf(Role.class));
        active.setValue(!existing || account.active());
        active.setEnabled(existing);
        create.setVisible(!existing);
        save.setVisible(existing);
        resetPassword.setVisible(existing);
    }

    void create() {
        try {
            UserSummary created =
                    accounts.create(username.getValue(), displayName.getValue(), password.getValue(), roles.getValue());
            Notifications.success("Created " + created.username() + ".");
            refresh();
            edit(null);
        } catch (IllegalArgumentException e) {
            Notifications.error(e.getMessage());
        }
    }

    void save() {
        try {
            UserSummary saved = accounts.update(
                    editing.id(), editing.version(), displayName.getValue(), roles.getValue(), active.getValue());
            Notifications.success("Saved " + saved.username() + ".");
            refresh();
        } catch (IllegalArgumentException | OptimisticLockingFailureException e) {
            Notifications.error(e.getMessage());
        }
    }

    void resetPassword() {
        try {
            accounts.resetPassword(editing.id(), password.getValue());
            password.clear();
            Notifications.success("New password set for " + editing.username() + ".");
        } catch (IllegalArgumentException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void refresh() {
        grid.setItems(accounts.list());
    }
}
