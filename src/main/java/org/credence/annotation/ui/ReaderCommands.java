package org.credence.annotation.ui;

import java.util.List;
import org.credence.annotation.Label;

/** What a reviewer asks for from inside the text: the Reader's keyboard and mouse vocabulary. */
interface ReaderCommands {

    /** Label the span [start, end) (code points) — keys 1, 2, 3 or the toolbar. */
    void labelSpan(int start, int end, Label label);

    /** Undo the last action — Ctrl+Z. */
    void undo();

    /** Move to the next (+1) or previous (-1) statement — j / k. */
    void step(int direction);

    /** Open the details of the statements at one place — click on a highlight, Enter. */
    void open(List<Long> statementIds);

    /** Show every shortcut — ?. */
    void help();

    /** Make the cue suggestion at [start, end) (code points) a statement — key a. */
    void acceptCue(int start, int end);

    /** Drop the cue suggestion at [start, end) — key x. */
    void dismissCue(int start, int end);
}
