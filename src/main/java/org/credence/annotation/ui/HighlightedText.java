package org.credence.annotation.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.credence.annotation.Label;
import org.credence.annotation.StatementSuggestions.Suggestion;
import org.credence.annotation.StatementView;

/**
 * A document's text with its statements highlighted, rendered in the browser by the plain script
 * {@code js/credence-reader.js} (no npm build). The text travels once per attach; afterwards only
 * the statement that changed is sent, and the browser re-renders only the lines it covers.
 *
 * <p>The browser speaks UTF-16 indices; everything on this side of the wire is code points.
 */
@Tag("div")
@JavaScript("context://js/credence-reader.js")
public class HighlightedText extends Component implements HasSize, HasStyle {

    private String text = "";
    private Utf16Offsets offsets = Utf16Offsets.of("");
    private final Map<Long, StatementView> statements = new LinkedHashMap<>();
    private List<Suggestion> cues = List.of();
    private ReaderCommands commands;

    public HighlightedText() {
        setId("document-text");
        addClassName("cr-text");
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("role", "document");
        getElement().setAttribute("aria-label", "Document text: select a passage and press 1, 2 or 3 to label it");
    }

    void setCommands(ReaderCommands commands) {
        this.commands = commands;
    }

    public void setText(String text) {
        this.text = text;
        this.offsets = Utf16Offsets.of(text);
        this.statements.clear();
        if (isAttached()) {
            sendAll();
        }
    }

    public String getText() {
        return text;
    }

    /** Replaces every highlight (opening a document, changing filters). */
    public void setStatements(Collection<StatementView> all) {
        statements.clear();
        all.forEach(s -> statements.put(s.id(), s));
        if (isAttached()) {
            sendHighlights();
        }
    }

    /** Adds or updates one highlight without re-sending the others. */
    public void put(StatementView statement) {
        statements.put(statement.id(), statement);
        getElement().executeJs("window.Credence.reader.put(this, $0)", highlight(statement));
    }

    public void remove(long statementId) {
        statements.remove(statementId);
        getElement().executeJs("window.Credence.reader.remove(this, $0)", String.valueOf(statementId));
    }

    public List<StatementView> getStatements() {
        return new ArrayList<>(statements.values());
    }

    /** Labels whatever the reader has selected in the text, as the shortcut key would. */
    public void labelSelection(Label label) {
        getElement().executeJs("window.Credence.reader.labelSelection(this, $0)", label.shortcut());
    }

    /** Candidate statements the cue lexicon found, drawn with a dotted underline under the highlights. */
    public void setCues(List<Suggestion> suggestions) {
        this.cues = List.copyOf(suggestions);
        if (isAttached()) {
            sendCues();
        }
    }

    public List<Suggestion> getCues() {
        return cues;
    }

    /** Scrolls to the line holding this code-point offset and flashes it (a search hit opened here). */
    public void revealOffset(int codePointOffset) {
        int offset = Math.max(0, Math.min(codePointOffset, org.credence.base.domain.CodePoints.length(text)));
        if (isAttached()) {
            getElement().executeJs("window.Credence.reader.revealOffset(this, $0)", offsets.toUtf16(offset));
        } else {
            pendingReveal = offset; // the text itself is sent on attach; revealing must come after it
        }
    }

    private Integer pendingReveal;

    /** Marks the statement current, scrolls it into view and flashes it. */
    public void reveal(long statementId) {
        getElement().executeJs("window.Credence.reader.reveal(this, $0)", String.valueOf(statementId));
    }

    @ClientCallable
    void labelSpan(int utf16Start, int utf16End, String shortcut) {
        commands.labelSpan(
                offsets.toCodePoint(utf16Start), offsets.toCodePoint(utf16End), Label.fromShortcut(shortcut));
    }

    @ClientCallable
    void undo() {
        commands.undo();
    }

    @ClientCallable
    void step(int direction) {
        commands.step(Integer.signum(direction));
    }

    /** @param statementIds the space-separated ids of the statements under the clicked place */
    @ClientCallable
    void open(String statementIds) {
        commands.open(java.util.Arrays.stream(statementIds.trim().split("\\s+"))
                .map(Long::valueOf)
                .toList());
    }

    @ClientCallable
    void help() {
        commands.help();
    }

    @ClientCallable
    void acceptCue(int utf16Start, int utf16End) {
        commands.acceptCue(offsets.toCodePoint(utf16Start), offsets.toCodePoint(utf16End));
    }

    @ClientCallable
    void dismissCue(int utf16Start, int utf16End) {
        commands.dismissCue(offsets.toCodePoint(utf16Start), offsets.toCodePoint(utf16End));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        sendAll();
        if (pendingReveal != null) {
            int offset = pendingReveal;
            pendingReveal = null;
            revealOffset(offset);
        }
    }

    private void sendAll() {
        getElement().executeJs("window.Credence.reader.init(this, $0)", text);
        sendHighlights();
        sendCues();
    }

    private void sendCues() {
        JsonArray all = Json.createArray();
        for (Suggestion cue : cues) {
            JsonObject c = Json.createObject();
            c.put("start", offsets.toUtf16(cue.start()));
            c.put("end", offsets.toUtf16(cue.end()));
            c.put("cue", cue.reason());
            c.put(
                    "presentation",
                    cue.proposed().presentation() == null
                            ? null
                            : cue.proposed().presentation().code());
            all.set(all.length(), c);
        }
        getElement().executeJs("window.Credence.reader.setCues(this, $0)", all);
    }

    private void sendHighlights() {
        JsonArray highlights = Json.createArray();
        for (StatementView s : statements.values()) {
            highlights.set(highlights.length(), highlight(s));
        }
        getElement().executeJs("window.Credence.reader.setHighlights(this, $0)", highlights);
    }

    private JsonObject highlight(StatementView s) {
        JsonObject h = Json.createObject();
        h.put("id", String.valueOf(s.id()));
        h.put("start", offsets.toUtf16(s.start()));
        h.put("end", offsets.toUtf16(s.end()));
        h.put("label", s.label().code());
        if (s.presentation() != null) {
            h.put("presentation", s.presentation().code());
        }
        return h;
    }
}
