package org.credence.annotation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.credence.annotation.Label;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * WCAG AA for the label colours in credence.css: text on every highlight and badge background has a
 * contrast ratio of at least 4.5:1, and every label has its own underline pattern (never colour alone).
 */
class LabelContrastTest {

    static final double AA_NORMAL_TEXT = 4.5;

    @ParameterizedTest
    @EnumSource(Label.class)
    void document_text_on_a_highlight_meets_aa(Label label) throws IOException {
        String css = css();
        String textColour = group(css, "\\.cr-text \\{[^}]*?\\bcolor:\\s*(#[0-9a-fA-F]{6})");
        String background =
                group(css, "\\.cr-text mark\\.cr-" + label.code() + " \\{[^}]*?background:\\s*(#[0-9a-fA-F]{6})");

        assertThat(contrast(textColour, background)).isGreaterThanOrEqualTo(AA_NORMAL_TEXT);
    }

    @ParameterizedTest
    @EnumSource(Label.class)
    void badge_text_meets_aa(Label label) throws IOException {
        String rule = group(css(), "(\\.cr-badge\\.cr-" + label.code() + " \\{[^}]*\\})");
        String background = group(rule, "background:\\s*(#[0-9a-fA-F]{6})");
        String colour = group(rule, "[^-]color:\\s*(#[0-9a-fA-F]{6})");

        assertThat(contrast(colour, background)).isGreaterThanOrEqualTo(AA_NORMAL_TEXT);
    }

    @ParameterizedTest
    @EnumSource(Label.class)
    void each_label_has_an_underline_pattern_of_its_own(Label label) throws IOException {
        String style =
                group(css(), "\\.cr-text mark\\.cr-" + label.code() + " \\{[^}]*?text-decoration-style:\\s*(\\w+)");
        for (Label other : Label.values()) {
            if (other != label) {
                assertThat(group(
                                css(),
                                "\\.cr-text mark\\.cr-" + other.code() + " \\{[^}]*?text-decoration-style:\\s*(\\w+)"))
                        .isNotEqualTo(style);
            }
        }
    }

    private static String css() throws IOException {
        return Files.readString(Path.of("src/main/resources/META-INF/resources/styles/credence.css"));
    }

    private static String group(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as("CSS has %s", regex).isTrue();
        return matcher.group(1);
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double r = channel(Integer.parseInt(hex.substring(1, 3), 16));
        double g = channel(Integer.parseInt(hex.substring(3, 5), 16));
        double b = channel(Integer.parseInt(hex.substring(5, 7), 16));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
