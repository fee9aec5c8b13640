package org.credence.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The frame around every view. The menu is built from the views' {@code @Menu} annotations, so this
 * layout depends on no feature.
 */
@Layout
@PermitAll
@StyleSheet("context://styles/credence.css")
public class MainLayout extends AppLayout {

    public MainLayout(
            AuthenticationContext authentication,
            org.springframework.beans.factory.ObjectProvider<HeaderContribution> contributions) {
        Span brand = new Span("Credence");
        brand.addClassName("cr-brand");
        Span user = new Span(authentication.getPrincipalName().orElse(""));
        user.setId("signed-in-user");
        user.addClassName("cr-user");
        Button signOut = new Button("Sign out", e -> authentication.logout());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        ThemeSwitch theme = new ThemeSwitch(authentication.getPrincipalName().orElse(""));
        HorizontalLayout account = new HorizontalLayout(theme, user, signOut);
        account.setAlignItems(FlexComponent.Alignment.CENTER);
        account.addClassName("cr-account");
        addToNavbar(new DrawerToggle(), brand);
        contributions.orderedStream().forEach(c -> addToNavbar(c.create()));
        addToNavbar(account);
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            SideNavItem item = new SideNavItem(entry.title(), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        });
        addToDrawer(nav);
    }
}
