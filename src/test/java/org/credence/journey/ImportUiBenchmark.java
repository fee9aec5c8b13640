package org.credence.journey;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.credence.TestCorpus;
import org.credence.document.DocumentService;
import org.credence.document.SyntheticCorpus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The upload path with 10,000 files: a reviewer uploads them as one zip in Chromium while an editor,
 * in a second browser, keeps opening and closing a document's details panel (a server round trip with a
 * database read). Prints the time to the pushed summary and the editor's round-trip times before and
 * during the import — whether the UI stays responsive. A benchmark, not a test:
 * {@code mvn -Pbench verify -Dit.test=ImportUiBenchmark}.
 */
@TestPropertySource(
        properties =
                "spring.datasource.url=jdbc:h2:file:./target/bench-ui-import/credence-${random.uuid};DB_CLOSE_ON_EXIT=FALSE")
class ImportUiBenchmark extends AbstractBrowserIT {

    static final int FILES = Integer.getInteger("bench.files", 10_000);

    @Autowired
    DocumentService documents;

    @Test
    void upload_ten_thousand_files_while_an_editor_works() throws Exception {
        Path zip = zipOf(SyntheticCorpus.write(Path.of("target/bench-corpus"), FILES));
        long probeDocument = documents
                .importFile("probe.txt", TestCorpus.seed("000_244b2b9ce906f99e.txt"), "bench")
                .documentId();

        Page editor = browser.newPage();
        signIn(editor, "editor");
        openReader(editor, probeDocument);
        List<Double> before = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            before.add(roundTrip(editor));
        }

        Page reviewer = browser.newPage();
        signIn(reviewer, "reviewer1");
        reviewer.locator("vaadin-grid#documents").waitFor();
        long started = System.nanoTime();
        reviewer.locator("vaadin-upload#upload input[type=file]").setInputFiles(zip);
        Locator done =
                reviewer.locator(".cr-import-line").first().filter(new Locator.FilterOptions().setHasText("Done:"));
        List<Double> during = new ArrayList<>();
        while (done.count() == 0) {
            during.add(roundTrip(editor));
            editor.waitForTimeout(200);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        String summary = done.innerText();

        System.out.printf(
                Locale.ROOT,
                "BENCH UI import of %d files in one zip (%.1f MB): %s in %.1f s = %.0f files/s%n",
                FILES,
                Files.size(zip) / 1e6,
                summary,
                seconds,
                FILES / seconds);
        System.out.printf(
                Locale.ROOT,
                "BENCH editor round trip (details panel) before: median %.0f ms, p95 %.0f ms;"
                        + " during the import: median %.0f ms, p95 %.0f ms, max %.0f ms (%d samples)%n",
                percentile(before, 50),
                percentile(before, 95),
                percentile(during, 50),
                percentile(during, 95),
                percentile(during, 100),
                during.size());
        editor.context().close();
        reviewer.context().close();
    }

    /**
     * Opens the details panel and times, in the page, from the click until the server's answer has put
     * the panel into the page (animations excluded); then closes it again. Milliseconds.
     */
    private static double roundTrip(Page page) {
        Object millis = page.evaluate("""
                () => new Promise(resolve => {
                  const started = performance.now();
                  document.querySelector('#document-details-open').click();
                  const check = () => document.querySelector('#details-close')
                      ? resolve(performance.now() - started) : requestAnimationFrame(check);
                  check();
                })""");
        page.locator("#details-close").click();
        page.locator("#details-close")
                .waitFor(new Locator.WaitForOptions()
                        .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
        return ((Number) millis).doubleValue();
    }

    private static double percentile(List<Double> samples, int percent) {
        List<Double> sorted = samples.stream().sorted().toList();
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static Path zipOf(List<Path> files) throws IOException {
        Path zip = Path.of("target/bench-upload-" + files.size() + ".zip");
        if (Files.exists(zip)) {
            return zip;
        }
        try (OutputStream out = Files.newOutputStream(zip);
                ZipOutputStream zipped = new ZipOutputStream(out)) {
            for (Path file : files) {
                zipped.putNextEntry(new ZipEntry("corpus/" + file.getFileName()));
                Files.copy(file, zipped);
                zipped.closeEntry();
            }
        }
        return zip;
    }
}
