package org.credence.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import org.credence.TestCorpus;
import org.credence.TestFiles;
import org.credence.annotation.Label;
import org.credence.annotation.StatementView;
import org.credence.claim.ClaimService;
import org.credence.claim.ClaimView;
import org.credence.review.DecisionKind;
import org.credence.review.ReviewService;
import org.credence.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Claims leave with their members: one ClaimReview per claim, and claims.jsonl in datasets. */
class ClaimExportTest extends AbstractExportTest {

    @Autowired
    ReviewService reviews;

    @Autowired
    ClaimService claims;

    @Test
    void a_claim_is_reviewed_once_with_every_appearance_and_ships_in_datasets_with_its_members() throws Exception {
        String word = "Kestrel" + UUID.randomUUID().toString().substring(0, 6);
        long first = TestCorpus.importText(documents, word + " dam burst, killing 40.");
        long second = TestCorpus.importText(documents, "The " + word + " dam burst; 38 died.");
        signIn("reviewer1", Role.REVIEWER);
        StatementView a = annotations.add(first, 0, word.length() + 9, Label.CONFIRMED);
        StatementView b = annotations.add(second, 4, 4 + word.length() + 9, Label.CONFIRMED);
        ClaimView claim = claims.createFromStatement(a.id());
        claims.addMember(claim.id(), org.credence.claim.ClaimService.MemberSpec.statement(b.id()));
        signIn("editor", Role.EDITOR);
        reviews.decide(a.id(), -1, DecisionKind.APPROVE, null, null);
        signIn("researcher", Role.RESEARCHER);
        ExportOptions bothDocuments = new ExportOptions(
                ExportOptions.Status.APPROVED, false, Set.of(), null, Set.of(first, second), null, null);

        JsonNode reviewsJson = new ObjectMapper().readTree(export("claimreview", bothDocuments));
        assertThat(reviewsJson).singleElement().satisfies(review -> {
            assertThat(review.get("identifier").asText()).isEqualTo("urn:credence:claim:" + claim.id());
            assertThat(review.get("claimReviewed").asText()).isEqualTo(claim.wording());
            assertThat(review.get("reviewRating").get("alternateName").asText()).isEqualTo("Confirmed");
            assertThat(review.get("itemReviewed").get("appearance")).hasSize(2);
            assertThat(review.get("author").get("name").asText()).isEqualTo("editor");
        });

        var files = TestFiles.unzip(export(
                "dataset",
                new ExportOptions(ExportOptions.Status.ALL, false, Set.of(), null, Set.of(first, second), null, null)));
        JsonNode exported =
                new ObjectMapper().readTree(new String(files.get("claims.jsonl"), StandardCharsets.UTF_8).strip());
        assertThat(exported.get("claim_id").asLong()).isEqualTo(claim.id());
        assertThat(exported.get("members"))
                .extracting(m -> m.get("document_id").asLong())
                .containsExactly(first, second);
        assertThat(exported.get("status").asText()).isEqualTo("confirmed");
        assertThat(exported.get("members").get(0).get("verdict_state").asText()).isEqualTo("approved");
    }
}
