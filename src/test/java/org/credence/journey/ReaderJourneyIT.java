package org.credence.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.credence.TestCorpus;
import org.credence.document.DocumentService;
import org.credence.document.DocumentSummary;
import org.credence.document.ImportOutcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.TestPropertySource;

/**
 * The walking skeleton's whole loop in a real browser: the seed corpus is loaded, a reviewer drags
 * the mouse over a sentence and presses 1, and the statement is then in the API and the export.
 */
@TestPropertySource(properties = "credence.import.import-seeds=true")
class ReaderJourneyIT extends AbstractBrowserIT {

    static final String SEED_TITLE = "Who are Isis-K, and what is their relationship with the Taliban?";
    static final String SENTENCE = "Isis-K has claimed responsibility for the attack";

    @Autowired
    DocumentService documents;

    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    @Test
    void a_reviewer_highlights_a_sentence_with_the_mouse_presses_1_and_finds_it_in_the_api_and_the_export()
            throws Exception {
        long documentId = seedDocumentId();
        Page page = browser.newPage();
        signIn(page, "reviewer1");
        openReader(page, documentId);
        assertThat(page.locator("#document-text").innerText()).contains(SENTENCE);

        Journeys.dragOver(page, SENTENCE);
        assertThat(page.evaluate("() => window.getSelection().toString()")).isEqualTo(SENTENCE);
        page.keyboard().press("1");

        JsonNode statement = await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> getJson("/api/documents/" + documentId + "/statements"), list -> list.size() == 1)
                .get(0);
        assertThat(statement.get("exact").asText()).isEqualTo(SENTENCE);
        assertThat(statement.get("label").asText()).isEqualTo("confirmed");
        assertThat(statement.get("author").asText()).isEqualTo("reviewer1");
        String text = getJson("/api/documents/" + documentId).get("text").asText();
        assertThat(text.substring(
                        statement.get("start").asInt(), statement.get("end").asInt()))
                .isEqualTo(SENTENCE);

        page.locator("#document-text mark.cr-confirmed").waitFor();
        assertThat(page.locator("#document-text mark.cr-confirmed").innerText()).isEqualTo(SENTENCE);
        page.reload();
        page.locator("#document-text mark.cr-confirmed").waitFor();
        assertThat(page.locator("#document-text mark.cr-confirmed").innerText())
                .as("highlights survive a reload")
                .isEqualTo(SENTENCE);

        String export = get("/api/export?format=jsonl").body();
        assertThat(export.lines()
                        .map(this::parse)
                        .filter(r -> r.get("statement_id").asLong()
                                == statement.get("id").asLong()))
                .singleElement()
                .satisfies(record -> {
                    assertThat(record.get("exact").asText()).isEqualTo(SENTENCE);
                    assertThat(record.get("label").asText()).isEqualTo("confirmed");
                    assertThat(record.get("title").asText()).isEqualTo(SEED_TITLE);
                    assertThat(record.get("document_id").asLong()).isEqualTo(documentId);
                });

        page.context().close();

        // The researcher, not the reviewer, exports the dataset.
        Page researcher = browser.newPage();
        signIn(researcher, "researcher");
        researcher.navigate(url("/export"));
        researcher.locator("#export-write").click();
        researcher.locator("#export-result:has-text('Wrote')").waitFor();
        // By default the view writes the file zipped with its manifest.
        var written =
                org.credence.TestFiles.unzip(Files.readAllBytes(Path.of("target/test-exports/statements-jsonl.zip")));
        assertThat(written).containsOnlyKeys("statements.jsonl", "manifest.json");
        assertThat(new String(written.get("statements.jsonl"), StandardCharsets.UTF_8))
                .contains("\"exact\":\"" + SENTENCE + "\",\"label\":\"confirmed\"");
        researcher.context().close();
    }

    /**
     * A label made in another window lands in the paragraph where the reader is selecting: the paragraph
     * is drawn again, and the selection stays (it used to vanish, and the next key labelled nothing).
     */
    @Test
    void a_selection_survives_a_label_arriving_in_the_same_paragraph() {
        long documentId = TestCorpus.importText(
                documents,
                "Kabul airport\nThe threat of further attacks around"
                        + " Kabul Airport will increase as Western troops get closer to leaving the country, Defence Secretary"
                        + " Ben Wallace said on Friday.\nA second paragraph.");
        String selecting = "Western troops get closer to leaving the country";
        String arriving = "Defence Secretary Ben Wallace said on Friday";
        Page reading = browser.newPage();
        signIn(reading, "reviewer1");
        openReader(reading, documentId);
        Page other = browser.newPage();
        signIn(other, "reviewer1");
        openReader(other, documentId);

        Journeys.dragOver(reading, selecting);
        Journeys.dragOver(other, arriving);
        other.keyboard().press("3");
        reading.locator("#document-text mark.cr-disputed", new Page.LocatorOptions().setHasText("Ben Wallace"))
                .waitFor();

        assertThat(reading.evaluate("() => window.getSelection().toString()"))
                .as("the selection after its paragraph was drawn again")
                .isEqualTo(selecting);
        reading.keyboard().press("2");
        assertThat(reading.locator(
                                "#document-text mark.cr-unconfirmed",
                                new Page.LocatorOptions().setHasText("Western troops"))
                        .innerText())
                .isEqualTo(selecting);
        reading.context().close();
        other.context().close();
    }

    @Test
    void markup_in_a_document_is_shown_as_text_and_never_runs() throws Exception {
        ImportOutcome outcome = documents.importFile("markup.txt", TestCorpus.fixture("document/markup.txt"), "test");
        Page page = browser.newPage();
        signIn(page, "reviewer1");
        openReader(page, outcome.documentId());

        assertThat(page.locator("#document-text").innerText())
                .contains("<script>window.__credenceXss = 1</script>")
                .contains("<img src=x onerror=\"window.__credenceXss = 2\">");
        assertThat(page.locator("#document-text script, #document-text img").count())
                .isZero();
        assertThat(page.evaluate("() => window.__credenceXss === undefined")).isEqualTo(true);
        page.context().close();
    }

    private long seedDocumentId() {
        List<DocumentSummary> all = documents.list(PageRequest.of(0, 100)).getContent();
        return all.stream()
                .filter(d -> d.title().equals(SEED_TITLE))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(api(path, "researcher").build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode getJson(String path) throws Exception {
        return json.readTree(get(path).body());
    }

    private JsonNode parse(String line) {
        try {
            return json.readTree(line);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
