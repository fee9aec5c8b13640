package org.credence.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.credence.TestCorpus;
import org.credence.annotation.Label;
import org.credence.annotation.Presentation;
import org.credence.annotation.StatementDetails;
import org.credence.annotation.StatementView;
import org.credence.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Property-style: for every format that can be read back, statements with random details (every
 * field filled, awkward text included) are exported, deleted and restored, and come back with every
 * field the format carries. A new readable format fails here until it says what it carries.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:credence-readable-${random.uuid};DB_CLOSE_DELAY=-1")
class ReadableFormatsRoundTripTest extends AbstractExportTest {

    /** What each readable format keeps of a statement, beyond span, quote and reviewer. */
    static final Map<String, Function<StatementDetails, Object>> CARRIED = Map.of(
            "jsonl", d -> d,
            "w3c", d -> List.of(d.label(), String.valueOf(d.rationale()), d.tags()));

    static final String[] PIECES = {
        "fighters",
        "Taliban",
        "é",
        "🙂",
        "\"quoted\"",
        "=SUM(A1)",
        "-2",
        "@x",
        "line\nbreak",
        "tab\there",
        "back\\slash",
        "<b>",
        "1,200",
        "’",
        "中文",
        "+",
        "a,b"
    };

    @Autowired
    ExportFormats formats;

    @Autowired
    StatementImportService imports;

    @Test
    void every_readable_format_restores_what_it_carries_of_random_statements() throws Exception {
        List<ExportFormat> readable =
                formats.all().stream().filter(f -> f.reader().isPresent()).toList();
        assertThat(readable)
                .extracting(ExportFormat::id)
                .as("readable formats; teach CARRIED a new one")
                .containsExactlyInAnyOrderElementsOf(CARRIED.keySet());
        Random random = new Random(20261202);
        for (ExportFormat format : readable) {
            for (int round = 0; round < 3; round++) {
                roundTrip(format.id(), random);
            }
        }
    }

    private void roundTrip(String format, Random random) throws Exception {
        String text = String.join(" ", java.util.Collections.nCopies(40, "Officials said the fighters moved."));
        long documentId = TestCorpus.importText(documents, text);
        List<StatementView> made = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            signIn(i % 2 == 0 ? "reviewer1" : "reviewer2", Role.REVIEWER);
            int start = i * 35;
            made.add(annotations.add(documentId, start, start + 9 + random.nextInt(20), randomDetails(random), null));
        }
        signIn("editor", Role.EDITOR, Role.RESEARCHER);
        byte[] exported = export(
                format,
                new ExportOptions(
                        ExportOptions.Status.ALL, false, null, null, java.util.Set.of(documentId), null, null));
        for (StatementView s : made) {
            signIn(s.author(), Role.REVIEWER);
            annotations.delete(s.id());
        }
        signIn("editor", Role.EDITOR);

        StatementImport result = imports.restore(format, new ByteArrayInputStream(exported));

        assertThat(result.failures()).as(format).isEmpty();
        assertThat(result.restored()).as(format).isEqualTo(made.size());
        assertThat(carried(format, annotations.listForDocument(documentId)))
                .as(format + " round trip")
                .isEqualTo(carried(format, made));
    }

    private static List<String> carried(String format, List<StatementView> statements) {
        return statements.stream()
                .sorted(java.util.Comparator.comparing(StatementView::start))
                .map(s -> s.start() + "|" + s.end() + "|" + s.quote() + "|" + s.author() + "|"
                        + CARRIED.get(format).apply(s.details()))
                .toList();
    }

    private static StatementDetails randomDetails(Random random) {
        Label label = Label.values()[random.nextInt(Label.values().length)];
        Presentation presentation = Presentation.values()[random.nextInt(Presentation.values().length)];
        List<String> tags = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            tags.add(("tag" + random.nextInt(1000) + " " + PIECES[random.nextInt(3)]).toLowerCase());
        }
        // Every field a person fills in; an evidence statement id is not carried (ids belong to one database).
        return new StatementDetails(
                label,
                presentation,
                words(random, 12),
                words(random, 3),
                "according to",
                tags,
                "https://example.org/evidence/" + random.nextInt(1000) + "?q=caf%C3%A9&x=1",
                null,
                org.credence.annotation.Credibility.of(1 + random.nextInt(6)));
    }

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder("w");
        for (int i = 0; i < count; i++) {
            text.append(' ').append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }
}
