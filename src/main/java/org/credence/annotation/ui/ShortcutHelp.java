package org.credence.annotation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;

/** The ? overlay: every key the Reader understands. */
class ShortcutHelp extends Dialog {

    static final String[][] SHORTCUTS = {
        {"1 / 2 / 3", "Label the selected text Confirmed / Unconfirmed / Disputed"},
        {"Shift + ← → ↑ ↓", "Select text from the keyboard (with Ctrl: a word at a time)"},
        {"j / k", "Next / previous statement in the side list"},
        {"Enter", "Open the current statement's details"},
        {"Click a highlight", "Open its details (all statements at that place)"},
        {"n", "Next suggested statement (dotted underline: a hedge, attribution or denial the cue lexicon found)"},
        {"a / x", "Accept the suggestion as a statement (presentation and attribution filled in) / dismiss it"},
        {"Ctrl + Z", "Undo the last add, change or delete"},
        {"Esc", "Close a dialog"},
        {"?", "Show this help"},
    };

    ShortcutHelp() {
        setId("shortcut-help");
        setHeaderTitle("Keyboard shortcuts");
        Element table = new Element("table");
        table.getClassList().add("cr-shortcuts");
        for (String[] shortcut : SHORTCUTS) {
            Element row = new Element("tr");
            row.appendChild(new Element("td").appendChild(new Element("kbd").setText(shortcut[0])));
            row.appendChild(new Element("td").setText(shortcut[1]));
            table.appendChild(row);
        }
        Div holder = new Div();
        holder.getElement().appendChild(table);
        add(holder);
        getFooter().add(new Button("Close", e -> close()));
    }
}
