package org.credence.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import java.util.Map;

/** Mouse gestures on the Reader's text, as a person makes them. */
final class Journeys {

    /**
     * Finds {@code phrase} in the document text, scrolls it to mid-screen and returns the centre-line
     * points just inside its first and last characters.
     */
    private static final String LOCATE = """
            phrase => {
              const el = document.getElementById('document-text');
              const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const at = node.data.indexOf(phrase);
                if (at < 0) continue;
                const first = document.createRange();
                first.setStart(node, at); first.setEnd(node, at + 1);
                for (let box = el; box; box = box.parentElement) {
                  if (box.scrollHeight > box.clientHeight + 1) {
                    const r = first.getBoundingClientRect(), b = box.getBoundingClientRect();
                    box.scrollTop += (r.top - b.top) - box.clientHeight / 2;
                  }
                }
                const last = document.createRange();
                last.setStart(node, at + phrase.length - 1); last.setEnd(node, at + phrase.length);
                const a = first.getBoundingClientRect(), b = last.getBoundingClientRect();
                return {x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2};
              }
              return null;
            }""";

    private Journeys() {}

    /** Presses the mouse at the first character of {@code phrase} and releases it after the last. */
    static void dragOver(Page page, String phrase) {
        Map<String, Object> box = locate(page, phrase);
        page.mouse().move(number(box, "x1"), number(box, "y1"));
        page.mouse().down();
        page.mouse().move(number(box, "x2"), number(box, "y2"), new Mouse.MoveOptions().setSteps(12));
        page.mouse().up();
    }

    /**
     * Drags over {@code phrase} until exactly it is selected (at most three times): a push that moves
     * the text while the mouse is on its way (another page's presence line appearing above it) makes a
     * person drag again, and so does this.
     */
    static void select(Page page, String phrase) {
        for (int attempt = 1; ; attempt++) {
            BrowserSession.awaitVaadin(page);
            dragOver(page, phrase);
            Object selected = page.evaluate("() => window.getSelection().toString()");
            if (phrase.equals(selected) || attempt == 3) {
                assertThat(selected).as("the drag selected the phrase").isEqualTo(phrase);
                return;
            }
            page.evaluate("() => window.getSelection().removeAllRanges()");
        }
    }

    /** Clicks just before the first character of {@code phrase}, leaving the caret there. */
    static void clickAtStartOf(Page page, String phrase) {
        Map<String, Object> box = locate(page, phrase);
        page.mouse().click(number(box, "x1") - 1, number(box, "y1"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> locate(Page page, String phrase) {
        Map<String, Object> box = (Map<String, Object>) page.evaluate(LOCATE, phrase);
        assertThat(box).as("'" + phrase + "' on the page").isNotNull();
        return box;
    }

    private static double number(Map<String, Object> box, String key) {
        return ((Number) box.get(key)).doubleValue();
    }
}
