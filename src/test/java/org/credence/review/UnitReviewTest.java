package org.credence.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.credence.AbstractServiceTest;
import org.credence.TestCorpus;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.Credibility;
import org.credence.annotation.Label;
import org.credence.annotation.Presentation;
import org.credence.annotation.StatementDetails;
import org.credence.annotation.StatementView;
import org.credence.document.DocumentService;
import org.credence.export.ExportOptions;
import org.credence.export.ExportService;
import org.credence.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Two reviewers select overlapping but different spans: one unit in agreement, in the review queue
 * and in the export. Sentence 1 both label confirmed, one with its full stop and one without (label
 * agreement, boundary disagreement); sentence 2 one takes the figure, the other the sentence, and they
 * label it differently; sentence 3 only reviewer1 marks.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:credence-units;DB_CLOSE_DELAY=-1")
class UnitReviewTest extends AbstractServiceTest {

    static final String TEXT = "The Taliban executed a senior ISIS-K commander. Fighters number 500 to 1,200."
            + " The group was founded in 2015.";

    @Autowired
    DocumentService documents;

    @Autowired
    AnnotationService annotations;

    @Autowired
    AgreementService agreement;

    @Autowired
    ReviewService reviews;

    @Autowired
    ExportService exports;

    @Autowired
    org.credence.history.HistoryService history;

    static long documentId;
    static StatementView withStop;
    static StatementView withoutStop;

    @BeforeEach
    void labelOnce() {
        if (documentId != 0) {
            return;
        }
        documentId = TestCorpus.importText(documents, TEXT);
        int stop = TEXT.indexOf('.') + 1;
        int second = TEXT.indexOf("Fighters");
        int secondEnd = TEXT.indexOf('.', second) + 1;
        int figure = TEXT.indexOf("500");
        int third = TEXT.indexOf("The group");
        signIn("reviewer1", Role.REVIEWER);
        withStop = annotations.add(
                documentId, 0, stop, details(Label.CONFIRMED, Presentation.ASSERTED, Credibility.PROBABLY_TRUE), null);
        annotations.add(documentId, figure, figure + "500 to 1,200".length(), Label.UNCONFIRMED);
        annotations.add(documentId, third, TEXT.length(), Label.CONFIRMED);
        signIn("reviewer2", Role.REVIEWER);
        withoutStop = annotations.add(
                documentId,
                0,
                stop - 1,
                details(Label.CONFIRMED, Presentation.ASSERTED, Credibility.POSSIBLY_TRUE),
                null);
        annotations.add(documentId, second, secondEnd, Label.DISPUTED);
    }

    private static StatementDetails details(Label label, Presentation presentation, Credibility credibility) {
        return new StatementDetails(label, presentation, null, null, null, List.of(), null, null, credibility);
    }

    @Test
    void overlapping_spans_are_units_with_label_agreement_and_boundary_disagreement_apart() {
        signIn("researcher", Role.RESEARCHER);

        AgreementReport report = agreement.corpus();

        assertThat(report.units())
                .as("two units have both reviewers; sentence 3 has one")
                .isEqualTo(2);
        assertThat(report.grouping().units()).isEqualTo("overlap");
        assertThat(report.disagreementCount())
                .as("only sentence 2's labels differ")
                .isEqualTo(1);
        AgreementReport.Unit figure = report.disagreements().get(0);
        assertThat(figure.labels()).containsEntry("reviewer1", "unconfirmed").containsEntry("reviewer2", "disputed");
        assertThat(figure.quote()).isEqualTo("Fighters number 500 to 1,200.");
        assertThat(figure.spans().get("reviewer1")).isNotEqualTo(figure.spans().get("reviewer2"));
        // 3 + 2 statements, two matched by overlap, none exactly.
        assertThat(report.spanAgreement().overlapF1()).isCloseTo(0.8, within(1e-9));
        assertThat(report.spanAgreement().exactF1()).isCloseTo(0.0, within(1e-9));
        assertThat(report.labelAlpha().units()).isEqualTo(2);
        assertThat(report.labelAlpha().tooLittleData()).isTrue();
        assertThat(report.presentationAlpha().units())
                .as("both gave a presentation on sentence 1 only")
                .isEqualTo(1);
        assertThat(report.credibilityAlphaOrdinal().units()).isEqualTo(1);
        assertThat(report.credibilityAlphaOrdinal().value())
                .as("one unit with two different grades disagrees exactly as much as chance")
                .isCloseTo(0.0, within(1e-9));
        assertThat(report.credibilityAlphaOrdinal().tooLittleData()).isTrue();

        AgreementSummary summary = agreement.summary();
        assertThat(summary.units()).isEqualTo(2);
        assertThat(summary.spanAgreement()).isEqualTo(report.spanAgreement());
    }

    @Test
    void the_queue_shows_one_row_per_unit_and_the_decision_sets_the_gold_label_and_span() throws Exception {
        signIn("editor", Role.EDITOR);

        ReviewQueuePage queue = reviews.queue(0, 50);
        ReviewGroup sentence = queue.groups().stream()
                .filter(g -> g.documentId() == documentId && g.start() == 0)
                .findFirst()
                .orElseThrow();
        assertThat(sentence.entries()).hasSize(2);
        assertThat(sentence.disagreement()).isFalse();
        assertThat(sentence.boundaryDisagreement()).isTrue();
        assertThat(sentence.majoritySpan())
                .as("a tie goes to the longer span")
                .isEqualTo(new GoldSpan(withStop.start(), withStop.end()));
        assertThat(queue.disagreements())
                .as("boundary disagreements come first too")
                .isEqualTo(2);

        reviews.decideGroup(sentence, Label.CONFIRMED, new GoldSpan(withStop.start(), withStop.end()), false, null);

        assertThat(reviews.decisionFor(withStop.id()).goldSpan())
                .as("its own span")
                .isNull();
        assertThat(reviews.decisionFor(withoutStop.id()).goldSpan())
                .isEqualTo(new GoldSpan(withStop.start(), withStop.end()));
        assertThat(reviews.queue(0, 50).groups()).noneMatch(g -> g.unitId() == sentence.unitId());

        // Blind review: reviewer2 has not marked the document done, so the gold span (reviewer1's
        // selection) is not shown to them, neither in the decision nor in its history.
        signIn("reviewer2", Role.REVIEWER);
        assertThat(reviews.decisionFor(withoutStop.id()).goldLabel()).isEqualTo(Label.CONFIRMED);
        assertThat(reviews.decisionFor(withoutStop.id()).goldSpan()).isNull();
        assertThat(reviews.decisionsFor(List.of(withoutStop.id()))
                        .get(withoutStop.id())
                        .goldSpan())
                .isNull();
        assertThat(history.forStatement(withoutStop.id()))
                .filteredOn(e -> e.action().startsWith("decision"))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.after()).doesNotContain("goldSpan"));
        assertThat(history.forDocument(documentId))
                .filteredOn(e -> e.action().startsWith("decision"))
                .allSatisfy(e -> assertThat(e.after()).doesNotContain("goldSpan"));
        signIn("editor", Role.EDITOR);
        assertThat(history.forStatement(withoutStop.id()))
                .filteredOn(e -> e.action().startsWith("decision"))
                .anySatisfy(e -> assertThat(e.after()).contains("\"goldSpan\":{\"start\":0"));

        signIn("researcher", Role.RESEARCHER);
        List<JsonNode> records = exported();
        JsonNode first = record(records, withStop.id());
        JsonNode second = record(records, withoutStop.id());
        assertThat(first.get("unit_id").asLong())
                .isEqualTo(second.get("unit_id").asLong());
        assertThat(second.get("span_labels").size()).isEqualTo(2);
        assertThat(second.get("span_agreement").asDouble()).isEqualTo(1.0);
        assertThat(second.get("gold_start").asInt()).isEqualTo(withStop.start());
        assertThat(second.get("gold_end").asInt()).isEqualTo(withStop.end());
        assertThat(first.get("gold_start").isNull()).isTrue();
    }

    @Test
    void a_gold_span_elsewhere_or_past_the_end_is_refused_and_nothing_is_decided() {
        signIn("editor", Role.EDITOR);
        int third = TEXT.indexOf("The group");
        long version = reviews.decisionFor(withoutStop.id()).version(); // the queue test may have decided it

        assertThatThrownBy(() -> reviews.decide(
                        withoutStop.id(), version, DecisionKind.APPROVE, null, new GoldSpan(third, third + 5), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not overlap the statement");
        assertThatThrownBy(() -> reviews.decide(
                        withoutStop.id(), version, DecisionKind.APPROVE, null, new GoldSpan(0, 100_000), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("past the document's end");
        assertThatThrownBy(() -> new GoldSpan(5, 5)).hasMessageContaining("from a start to a later end");
        assertThatThrownBy(() -> reviews.decide(
                        withoutStop.id(), version, DecisionKind.REJECT, null, new GoldSpan(0, 10), "No."))
                .hasMessageContaining("A rejection has no gold span");
    }

    private List<JsonNode> exported() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(exports.format("jsonl"), ExportOptions.all(), out);
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> records = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isEmpty()) {
                records.add(json.readTree(line));
            }
        }
        return records;
    }

    private static JsonNode record(List<JsonNode> records, long statementId) {
        return records.stream()
                .filter(r -> r.get("statement_id").asLong() == statementId)
                .findFirst()
                .orElseThrow();
    }
}
