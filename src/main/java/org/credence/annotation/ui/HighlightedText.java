package org.credence.annotation.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.shared.Registration;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import java.util.List;
import org.credence.annotation.Label;
import org.credence.annotation.StatementView;

/**
 * A document's text with its statements highlighted, rendered in the browser by the plain script
 * {@code js/credence-reader.js} (no npm build). The text travels once per attach; highlights are
 * sent separately. The script only ever inserts text nodes, so document text cannot inject markup.
 *
 * <p>The browser speaks UTF-16 indices; everything on this side of the wire is code points.
 */
@Tag("div")
@JavaScript("context://js/credence-reader.js")
public class HighlightedText extends Component implements HasSize, HasStyle {

    private String text = "";
    private Utf16Offsets offsets = Utf16Offsets.of("");
    private List<StatementView> statements = List.of();

    public HighlightedText() {
        setId("document-text");
        addClassName("cr-text");
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("role", "document");
    }

    public void setText(String text) {
        this.text = text;
        this.offsets = Utf16Offsets.of(text);
        if (isAttached()) {
            sendText();
        }
    }

    public String getText() {
        return text;
    }

    public void setStatements(List<StatementView> statements) {
        this.statements = List.copyOf(statements);
        if (isAttached()) {
            sendHighlights();
        }
    }

    public List<StatementView> getStatements() {
        return statements;
    }

    /** Labels whatever the reader has selected in the text, as the shortcut key would. */
    public void labelSelection(Label label) {
        getElement().executeJs("window.Credence.reader.labelSelection(this, $0)", label.shortcut());
    }

    /** Scrolls the statement's highlight into view and flashes it. */
    public void reveal(long statementId) {
        getElement().executeJs("window.Credence.reader.reveal(this, $0)", String.valueOf(statementId));
    }

    public Registration addSpanLabelledListener(ComponentEventListener<SpanLabelled> listener) {
        return addListener(SpanLabelled.class, listener);
    }

    /** Called by the script with the trimmed selection in UTF-16 indices and the label's key. */
    @ClientCallable
    void labelSpan(int utf16Start, int utf16End, String shortcut) {
        Label label = Label.fromShortcut(shortcut);
        fireEvent(new SpanLabelled(this, offsets.toCodePoint(utf16Start), offsets.toCodePoint(utf16End), label));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        sendText();
    }

    private void sendText() {
        getElement().executeJs("window.Credence.reader.init(this, $0)", text);
        sendHighlights();
    }

    private void sendHighlights() {
        JsonArray highlights = Json.createArray();
        for (StatementView s : statements) {
            JsonObject h = Json.createObject();
            h.put("id", String.valueOf(s.id()));
            h.put("start", offsets.toUtf16(s.start()));
            h.put("end", offsets.toUtf16(s.end()));
            h.put("label", s.label().code());
            h.put("title", s.label().title());
            highlights.set(highlights.length(), h);
        }
        getElement().executeJs("window.Credence.reader.setHighlights(this, $0)", highlights);
    }

    /** A reader chose a label for a span of the text (code points, end exclusive). */
    public static class SpanLabelled extends ComponentEvent<HighlightedText> {

        private final int start;
        private final int end;
        private final Label label;

        SpanLabelled(HighlightedText source, int start, int end, Label label) {
            super(source, true);
            this.start = start;
            this.end = end;
            this.label = label;
        }

        public int getStart() {
            return start;
        }

        public int getEnd() {
            return end;
        }

        public Label getLabel() {
            return label;
        }
    }
}
