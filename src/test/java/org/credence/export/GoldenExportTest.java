package org.credence.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.credence.TestCorpus;
import org.credence.TestFiles;
import org.credence.annotation.Label;
import org.credence.annotation.Presentation;
import org.credence.annotation.StatementDetails;
import org.credence.annotation.StatementView;
import org.credence.base.domain.CodePoints;
import org.credence.base.domain.Sha256;
import org.credence.claim.ClaimService;
import org.credence.claim.ClaimView;
import org.credence.document.DocumentDetails;
import org.credence.review.DecisionKind;
import org.credence.review.ReviewService;
import org.credence.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Every format on the seed corpus with fixed statements, decisions and a claim, compared byte for byte
 * with the files in src/test/resources/export/golden. A change to a format shows here as a diff to
 * review; regenerate on purpose with {@code mvn test -Dtest=GoldenExportTest -Dgolden.update=true}.
 * Its own in-memory H2 database and a fixed clock make ids and times the same on every run.
 */
@TestPropertySource(
        properties = {
            "credence.import.import-seeds=true",
            "spring.datasource.url=jdbc:h2:mem:credence-golden-${random.uuid};DB_CLOSE_DELAY=-1"
        })
@Import(GoldenExportTest.FixedClock.class)
@DirtiesContext
class GoldenExportTest extends AbstractExportTest {

    static final Path GOLDEN = Path.of("src/test/resources/export/golden");

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);
        }
    }

    @Autowired
    ReviewService reviews;

    @Autowired
    ClaimService claims;

    @Test
    void every_format_matches_its_golden_file() throws Exception {
        labelTheSeeds();
        signIn("researcher", Role.RESEARCHER);
        ExportOptions all = ExportOptions.all();

        for (String format : List.of("jsonl", "csv", "w3c", "fever")) {
            compare(exports.format(format).fileName(), export(format, all));
        }
        compare("claimreview.jsonld", export("claimreview", new ExportOptions(ExportOptions.Status.APPROVED, false)));
        Map<String, byte[]> dataset = TestFiles.unzip(export("dataset", all.withSplit(true)));
        for (Map.Entry<String, byte[]> file : dataset.entrySet()) {
            compare("dataset/" + file.getKey(), file.getValue());
        }
    }

    private void labelTheSeeds() {
        DocumentDetails bbc = seed("000_244b2b9ce906f99e.txt");
        DocumentDetails itv = seed("001_f113e6a3b938ad3c.txt");
        DocumentDetails express = seed("003_d6d6020e59357bc8.txt");
        signIn("reviewer1", Role.REVIEWER);
        StatementView un = label(
                bbc,
                "between 500 and 1,200 fighters",
                new StatementDetails(
                        Label.CONFIRMED,
                        Presentation.ATTRIBUTED,
                        "UN monitoring report",
                        "a United Nations report",
                        "estimated",
                        List.of("fighters"),
                        null,
                        null,
                        org.credence.annotation.Credibility.PROBABLY_TRUE));
        StatementView upTo = label(
                itv,
                "its fighters are thought to number up to 2,200",
                new StatementDetails(
                        Label.UNCONFIRMED,
                        Presentation.HEDGED,
                        null,
                        null,
                        "are thought to",
                        List.of("fighters"),
                        null,
                        null));
        StatementView executed = label(
                itv, "the group reportedly executed a senior ISIS-K commander", StatementDetails.of(Label.UNCONFIRMED));
        signIn("reviewer2", Role.REVIEWER);
        label(express, "between 1,000 and 2,200 Isis-K fighters", StatementDetails.of(Label.DISPUTED));
        signIn("reviewer1", Role.REVIEWER);
        ClaimView fighters = claims.createFromStatement(un.id());
        claims.addMember(fighters.id(), ClaimService.MemberSpec.statement(upTo.id()));
        signIn("editor", Role.EDITOR);
        reviews.decide(un.id(), -1, DecisionKind.APPROVE, null, null);
        reviews.decide(executed.id(), -1, DecisionKind.OVERRIDE, Label.DISPUTED, "Only one outlet, no named source.");
    }

    private DocumentDetails seed(String file) {
        return documents.get(
                documents.idBySha256(Sha256.of(TestCorpus.seed(file))).orElseThrow());
    }

    private StatementView label(DocumentDetails document, String phrase, StatementDetails details) {
        String text = document.text();
        int at = text.indexOf(phrase);
        return annotations.add(
                document.id(),
                CodePoints.fromUtf16(text, at),
                CodePoints.fromUtf16(text, at + phrase.length()),
                details,
                phrase);
    }

    private static void compare(String name, byte[] actual) throws Exception {
        Path golden = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.write(golden, actual);
            return;
        }
        assertThat(golden)
                .as("golden file " + golden + " (make it with -Dgolden.update=true)")
                .exists();
        assertThat(new String(actual, StandardCharsets.UTF_8))
                .as(name)
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
