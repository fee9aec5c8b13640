package org.credence.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.credence.AbstractServiceTest;
import org.credence.document.fetch.TestWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** {@code --credence.import.urls=FILE}: each link's outcome and a summary on the console (exit switched off). */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(
        properties = {
            "credence.import.exit=false",
            "credence.import.run-as=cli-links",
            "spring.datasource.url=jdbc:h2:mem:credence-cli-urls;DB_CLOSE_DELAY=-1"
        })
class UrlImportCommandTest extends AbstractServiceTest {

    static final TestWebServer WEB = server();
    static final Path LINKS = links();

    private static TestWebServer server() {
        try {
            return new TestWebServer()
                    .html("/a", "<html><head><title>Linked A</title></head><body><p>The levee held.</p></body></html>")
                    .redirect("/b", "/a");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path links() {
        try {
            Path file = Files.createTempFile("credence-links", ".txt");
            Files.writeString(
                    file,
                    "# links for the flood story\n" + WEB.url("/a") + "\n\n" + WEB.url("/b") + "\n" + WEB.url("/gone")
                            + "\nhttp://10.0.0.1/intranet\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void importThoseLinks(DynamicPropertyRegistry registry) {
        registry.add("credence.import.urls", LINKS::toString);
    }

    @AfterAll
    static void stop() {
        WEB.close();
    }

    @Test
    void each_link_gets_a_line_and_the_summary_counts_them(CapturedOutput output) {
        assertThat(output.getOut())
                .contains("Importing 4 link(s) from ")
                .contains("CREATED   " + WEB.url("/a") + ": Imported.")
                .contains("DUPLICATE " + WEB.url("/b") + ": Already imported as document ")
                .contains("FAILED    " + WEB.url("/gone") + ": The server answered 404")
                .contains("FAILED    http://10.0.0.1/intranet: Refused: 10.0.0.1 resolves to 10.0.0.1")
                .contains("Done: 4 link(s) — 1 imported, 1 duplicates, 2 failed.");
    }
}
