package org.credence.annotation.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.function.Consumer;

/**
 * "Suggestions (n)": shows or hides the cue lexicon's dotted underlines, with a legend saying what they
 * are. The choice is remembered for this user in this browser (localStorage), so a reviewer who finds
 * them noisy switches them off once.
 */
class SuggestionSwitch extends Composite<HorizontalLayout> {

    final Checkbox show = new Checkbox("Suggestions", true);
    private final String storageKey;

    SuggestionSwitch(String username, Consumer<Boolean> onChange) {
        this.storageKey = "credence.suggestions." + username;
        show.setId("suggestions-switch");
        show.setTooltipText("Sentences that hedge (\"reportedly\"), attribute (\"according to\") or deny:"
                + " candidates for a statement. n: next, a: accept, x: dismiss");
        Span sample = new Span("dotted underline");
        sample.addClassName("cr-cue");
        Span legend = new Span(sample, new Span(" = a suggested statement · n next · a accept · x dismiss"));
        legend.addClassName("cr-meta");
        legend.setId("suggestions-legend");
        show.addValueChangeListener(e -> {
            legend.setVisible(e.getValue());
            if (e.isFromClient()) {
                getElement()
                        .executeJs(
                                "try { localStorage.setItem($0, $1) } catch (e) {}",
                                storageKey,
                                e.getValue() ? "on" : "off");
            }
            onChange.accept(e.getValue());
        });
        getContent().add(show, legend);
        getContent().setAlignItems(FlexComponent.Alignment.BASELINE);
    }

    boolean isOn() {
        return show.getValue();
    }

    void setCount(int suggestions) {
        show.setLabel("Suggestions (" + suggestions + ")");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getElement()
                .executeJs("try { return localStorage.getItem($0) } catch (e) { return null }", storageKey)
                .then(String.class, stored -> show.setValue(!"off".equals(stored)));
    }
}
