package org.credence.journey;

import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.Label;
import org.credence.document.DocumentService;
import org.credence.document.ImportOutcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Reader on a long document: a generated 1 MB text with 5,000 statements (some nested), opened
 * in headless Chromium. Prints the time from navigation start until the text and every highlight
 * are rendered and Vaadin is idle, and the time from pressing 1 until the new highlight is in the
 * page. Run with {@code mvn -Pbench verify}; a benchmark, not a test: it asserts nothing.
 */
class ReaderBenchmark extends AbstractBrowserIT {

    static final int TARGET_CHARS = 1_000_000;
    static final int STATEMENTS = 5_000;
    static final int OPENINGS = 5;
    static final int ADDITIONS = 10;

    @Autowired
    DocumentService documents;

    @Autowired
    AnnotationService annotations;

    @Test
    void long_document() {
        long project = org.credence.BenchProjects.project(
                context, "Reader benchmark", java.util.Map.of("reviewer1", org.credence.security.Role.REVIEWER));
        org.credence.BenchProjects.neighbour(context);
        org.credence.TestSecurity.signInTo(context, project, "reviewer1", org.credence.security.Role.REVIEWER);
        try {
            measure();
        } finally {
            org.credence.BenchProjects.leave(context, "reviewer1");
        }
    }

    private void measure() {
        String text = generatedText();
        ImportOutcome imported =
                documents.importFile("long-document.txt", text.getBytes(StandardCharsets.UTF_8), "bench");
        long id = imported.documentId();
        String stored = documents.get(id).text();
        long seeding = System.nanoTime();
        addStatements(id, stored);
        System.out.printf(
                Locale.ROOT,
                "seeded %d statements on %d characters in %.1f s%n",
                STATEMENTS,
                stored.length(),
                (System.nanoTime() - seeding) / 1e9);

        {
            Page page = browser.newPage();
            signIn(page, "reviewer1");
            List<Double> opens = new ArrayList<>();
            for (int i = 0; i < OPENINGS; i++) {
                opens.add(open(page, id));
            }
            profileOneOpening(page, id);
            traceOneOpening(page, id);
            List<Double> shown = new ArrayList<>();
            List<Double> saved = new ArrayList<>();
            for (int i = 0; i < ADDITIONS; i++) {
                double[] times = addOne(page, i);
                shown.add(times[0]);
                saved.add(times[1]);
            }
            long small = documents
                    .importFile("small.txt", "A short document.\n".getBytes(StandardCharsets.UTF_8), "bench")
                    .documentId();
            List<Double> baseline = new ArrayList<>();
            for (int i = 0; i < OPENINGS; i++) {
                page.navigate("http://localhost:" + port + "/documents/" + small);
                page.locator("#document-text .cr-block").first().waitFor();
                BrowserSession.awaitVaadin(page);
                baseline.add(((Number) page.evaluate("() => performance.now()")).doubleValue());
            }
            report("open a one-line document, for comparison (ms, same measure)", baseline);
            report("open 1 MB / 5,000 statements (ms, navigation start → rendered and idle)", opens);
            report("add a statement, highlight shown (ms, key 1 → highlight in the page)", shown);
            report("add a statement, saved (ms, key 1 → saved highlight replaces the pending one)", saved);
        }
    }

    /**
     * With {@code -Dbench.cpuprofile=FILE}, one more opening (not counted) is recorded by Chromium's
     * JavaScript profiler into FILE (open it in DevTools' Performance panel, or sum self time per function).
     */
    private void profileOneOpening(Page page, long id) {
        String file = System.getProperty("bench.cpuprofile", "");
        if (file.isBlank()) {
            return;
        }
        com.microsoft.playwright.CDPSession cdp = page.context().newCDPSession(page);
        cdp.send("Profiler.enable");
        com.google.gson.JsonObject interval = new com.google.gson.JsonObject();
        interval.addProperty("interval", 200);
        cdp.send("Profiler.setSamplingInterval", interval);
        cdp.send("Profiler.start");
        double took = open(page, id);
        com.google.gson.JsonObject profile = cdp.send("Profiler.stop").getAsJsonObject("profile");
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of(file), profile.toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        System.out.printf(Locale.ROOT, "BENCH profiled opening: %.0f ms, profile in %s%n", took, file);
        cdp.detach();
    }

    /**
     * With {@code -Dbench.trace=FILE}, one more opening (not counted) is traced by Chromium (scripting,
     * style, layout, paint, network) into FILE, a JSON array of trace events (DevTools' Performance panel
     * loads it).
     */
    private void traceOneOpening(Page page, long id) {
        String file = System.getProperty("bench.trace", "");
        if (file.isBlank()) {
            return;
        }
        com.microsoft.playwright.CDPSession cdp = page.context().newCDPSession(page);
        com.google.gson.JsonArray events = new com.google.gson.JsonArray();
        java.util.concurrent.CompletableFuture<Void> complete = new java.util.concurrent.CompletableFuture<>();
        cdp.on("Tracing.dataCollected", data -> events.addAll(data.getAsJsonArray("value")));
        cdp.on("Tracing.tracingComplete", data -> complete.complete(null));
        com.google.gson.JsonObject start = new com.google.gson.JsonObject();
        start.addProperty(
                "categories", "devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing,v8.execute");
        start.addProperty("transferMode", "ReportEvents");
        cdp.send("Tracing.start", start);
        double took = open(page, id);
        cdp.send("Tracing.end");
        while (!complete.isDone()) {
            page.waitForTimeout(100); // Playwright delivers CDP events while the page is waited on
        }
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of(file), events.toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        System.out.printf(Locale.ROOT, "BENCH traced opening: %.0f ms, trace in %s%n", took, file);
        cdp.detach();
    }

    private double open(Page page, long id) {
        page.navigate("http://localhost:" + port + "/documents/" + id);
        page.waitForFunction(
                "n => document.querySelectorAll('#document-text mark').length > 0"
                        + " && document.querySelectorAll('#document-text .cr-block').length > 1000",
                STATEMENTS);
        BrowserSession.awaitVaadin(page);
        return ((Number) page.evaluate("() => performance.now()")).doubleValue();
    }

    /**
     * Selects an unlabelled word far into the text, presses 1, and times until the pending highlight
     * shows and until the saved one has replaced it: {shown, saved} in ms.
     */
    @SuppressWarnings("unchecked")
    private double[] addOne(Page page, int round) {
        Object elapsed = page.evaluate("""
                round => new Promise(resolve => {
                  const el = document.getElementById('document-text');
                  const blocks = el.querySelectorAll('.cr-block');
                  let at = Math.floor(blocks.length * (0.3 + round * 0.05)), node = null, block = null;
                  for (; !node && at < blocks.length; at++) {
                    block = blocks[at];
                    node = Array.from(block.childNodes).find(n => n.nodeType === Node.TEXT_NODE && n.data.length > 12);
                  }
                  block.scrollIntoView({block: 'center'});
                  const range = document.createRange();
                  range.setStart(node, 2); range.setEnd(node, 10);
                  const selection = window.getSelection();
                  selection.removeAllRanges(); selection.addRange(range);
                  const before = el.querySelectorAll('mark').length;
                  let start, shown = null;
                  const observer = new MutationObserver(() => {
                    if (shown === null && el.querySelector('mark.cr-pending')) {
                      shown = performance.now() - start;
                    }
                    if (el.querySelectorAll('mark').length > before && !el.querySelector('mark.cr-pending')) {
                      observer.disconnect();
                      resolve([shown, performance.now() - start]);
                    }
                  });
                  observer.observe(el, {childList: true, subtree: true});
                  start = performance.now();
                  document.dispatchEvent(new KeyboardEvent('keydown', {key: '1', bubbles: true}));
                })""", round);
        BrowserSession.awaitVaadin(page);
        List<Number> times = (List<Number>) elapsed;
        return new double[] {times.get(0).doubleValue(), times.get(1).doubleValue()};
    }

    private void report(String what, List<Double> samples) {
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        System.out.printf(
                Locale.ROOT,
                "BENCH %s: median %.0f, min %.0f, max %.0f, samples %s%n",
                what,
                sorted.get(sorted.size() / 2),
                sorted.get(0),
                sorted.get(sorted.size() - 1),
                samples.stream().map(d -> String.format(Locale.ROOT, "%.0f", d)).toList());
    }

    /** News-like paragraphs of invented sentences, deterministic, about 1 MB. */
    static String generatedText() {
        String[] subjects = {"The ministry", "A spokesman", "Local officials", "The group", "Witnesses", "Analysts"};
        String[] verbs = {"said", "reported", "denied", "claimed", "estimated", "confirmed"};
        String[] objects = {
            "that between 500 and 1,200 fighters remain in the province",
            "an attack near the airport on Thursday",
            "the execution of a senior commander",
            "that the figure could rise to 2,200 by next year",
            "talks with regional leaders",
            "that the border crossing was closed overnight"
        };
        Random random = new Random(42);
        StringBuilder text = new StringBuilder(TARGET_CHARS + 1000);
        text.append("Long document benchmark\n\n");
        while (text.length() < TARGET_CHARS) {
            int sentences = 3 + random.nextInt(4);
            for (int i = 0; i < sentences; i++) {
                text.append(subjects[random.nextInt(subjects.length)])
                        .append(' ')
                        .append(verbs[random.nextInt(verbs.length)])
                        .append(' ')
                        .append(objects[random.nextInt(objects.length)])
                        .append(". ");
            }
            text.setLength(text.length() - 1);
            text.append("\n\n");
        }
        return text.toString();
    }

    /** Evenly spread statements, every tenth nested inside the one before. */
    private void addStatements(long id, String text) {
        int length = text.codePointCount(0, text.length());
        int step = length / STATEMENTS;
        Label[] labels = Label.values();
        for (int i = 0; i < STATEMENTS; i++) {
            int start = 30 + i * step;
            boolean nested = i % 10 == 9;
            int from = nested ? start - step + 5 : start;
            int to = Math.min(length, from + (nested ? 20 : 60));
            annotations.add(id, from, to, labels[i % labels.length]);
        }
    }
}
