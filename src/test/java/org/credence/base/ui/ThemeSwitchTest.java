package org.credence.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.theme.lumo.Lumo;
import org.credence.AbstractAppTest;
import org.credence.security.Role;
import org.junit.jupiter.api.Test;

/** The header's switch turns Lumo's dark variant on and off for the whole page, and says what it will do. */
class ThemeSwitchTest extends AbstractAppTest {

    @Test
    void the_switch_turns_the_dark_theme_on_and_off() {
        login("reviewer1", Role.REVIEWER);
        UI.getCurrent().navigate("");
        Button theme = _get(Button.class, spec -> spec.withId("theme-switch"));
        assertThat(UI.getCurrent().getElement().getThemeList()).doesNotContain(Lumo.DARK);
        assertThat(theme.getTooltip().getText()).isEqualTo("Switch to the dark theme");

        _click(theme);
        assertThat(UI.getCurrent().getElement().getThemeList()).contains(Lumo.DARK);
        assertThat(theme.getTooltip().getText()).isEqualTo("Switch to the light theme");
        assertThat(theme.getElement().getAttribute("aria-label")).isEqualTo("Switch to the light theme");

        _click(theme);
        assertThat(UI.getCurrent().getElement().getThemeList()).doesNotContain(Lumo.DARK);
    }
}
