package org.credence.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Light or dark (Lumo's dark variant) for the whole app, remembered per user in this browser
 * (localStorage, as the Reader's suggestion switch is): long reading sessions at night are easier on
 * a dark page. The label colours have dark counterparts in credence.css.
 */
class ThemeSwitch extends Button {

    private final String storageKey;

    ThemeSwitch(String username) {
        this.storageKey = "credence.theme." + username;
        setId("theme-switch");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        addClickListener(e -> {
            boolean dark = !isDark();
            apply(dark);
            getUI().ifPresent(ui -> ui.getPage()
                    .executeJs(
                            "try { localStorage.setItem($0, $1) } catch (e) {}", storageKey, dark ? "dark" : "light"));
        });
        showState(false);
    }

    boolean isDark() {
        return UI.getCurrent() != null
                && UI.getCurrent().getElement().getThemeList().contains(Lumo.DARK);
    }

    private void apply(boolean dark) {
        getUI().ifPresent(ui -> ui.getElement().getThemeList().set(Lumo.DARK, dark));
        showState(dark);
    }

    private void showState(boolean dark) {
        setIcon(dark ? VaadinIcon.SUN_O.create() : VaadinIcon.MOON_O.create());
        String action = dark ? "Switch to the light theme" : "Switch to the dark theme";
        setAriaLabel(action);
        setTooltipText(action);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getElement()
                .executeJs("try { return localStorage.getItem($0) } catch (e) { return null }", storageKey)
                .then(String.class, stored -> apply("dark".equals(stored)));
    }
}
