package org.credence.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.credence.AbstractServiceTest;
import org.credence.TestCorpus;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.Label;
import org.credence.annotation.StatementView;
import org.credence.base.domain.CodePoints;
import org.credence.base.domain.Sha256;
import org.credence.document.DocumentDetails;
import org.credence.document.DocumentService;
import org.credence.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The seed articles: the same claims appear in several outlets with different wording and figures.
 * Nothing about these articles is written into the matcher; this test only reads its output.
 */
@TestPropertySource(properties = "credence.import.import-seeds=true")
class ClaimSeedCorpusTest extends AbstractServiceTest {

    @Autowired
    DocumentService documents;

    @Autowired
    AnnotationService annotations;

    @Autowired
    ClaimService claims;

    @Autowired
    ClaimMatcher matcher;

    private DocumentDetails seed(String file) {
        return documents.get(
                documents.idBySha256(Sha256.of(TestCorpus.seed(file))).orElseThrow());
    }

    private StatementView label(DocumentDetails document, String phrase, Label label) {
        String text = document.text();
        int at = text.indexOf(phrase);
        assertThat(at).as(phrase).isNotNegative();
        return annotations.add(
                document.id(), CodePoints.fromUtf16(text, at), CodePoints.fromUtf16(text, at + phrase.length()), label);
    }

    @Test
    void the_execution_of_an_isis_k_commander_is_found_in_the_other_articles() {
        signIn("reviewer1", Role.REVIEWER);
        StatementView statement = label(
                seed("001_f113e6a3b938ad3c.txt"),
                "the group reportedly executed a senior ISIS-K commander who had been imprisoned in Kabul",
                Label.UNCONFIRMED);

        List<MatchSuggestion> suggestions = matcher.suggestions(statement.id(), 30);

        // Ranked among the seed articles only: on PostgreSQL every test's documents share the database,
        // and some of them were written about the same execution.
        List<Long> seeds = List.of(
                        "000_244b2b9ce906f99e.txt",
                        "002_1a7f90548226c347.txt",
                        "003_d6d6020e59357bc8.txt",
                        "004_511a809760d97446.txt")
                .stream()
                .map(f -> seed(f).id())
                .toList();
        List<Long> ranked = suggestions.stream()
                .map(MatchSuggestion::documentId)
                .filter(seeds::contains)
                .toList();
        assertThat(ranked).startsWith(seed("003_d6d6020e59357bc8.txt").id());
        assertThat(ranked)
                .contains(
                        seed("000_244b2b9ce906f99e.txt").id(),
                        seed("002_1a7f90548226c347.txt").id());
        assertThat(suggestions).extracting(MatchSuggestion::documentId).doesNotHaveDuplicates();
        assertThat(suggestions)
                .filteredOn(
                        s -> s.documentId() == seed("000_244b2b9ce906f99e.txt").id())
                .first()
                .extracting(MatchSuggestion::exact)
                .asString()
                .contains("unconfirmed reports of the Taliban executing at least one senior Isis-K figure");
        assertThat(suggestions).allSatisfy(s -> assertThat(s.documentId()).isNotEqualTo(statement.documentId()));
    }

    @Test
    void the_fighter_counts_of_three_outlets_are_one_claim_flagged_as_conflicting() {
        signIn("reviewer1", Role.REVIEWER);
        StatementView un = label(seed("000_244b2b9ce906f99e.txt"), "between 500 and 1,200 fighters", Label.CONFIRMED);
        StatementView upTo = label(
                seed("001_f113e6a3b938ad3c.txt"), "its fighters are thought to number up to 2,200", Label.UNCONFIRMED);
        StatementView council = label(
                seed("003_d6d6020e59357bc8.txt"),
                "there were between 1,000 and 2,200 Isis-K fighters",
                Label.UNCONFIRMED);

        ClaimView claim = claims.createFromStatement(un.id());
        claims.addMember(claim.id(), ClaimService.MemberSpec.statement(upTo.id()));
        claim = claims.addMember(claim.id(), ClaimService.MemberSpec.statement(council.id()));

        assertThat(claim.members()).hasSize(3);
        assertThat(claim.conflicting()).isTrue();
        assertThat(claim.conflicts())
                .extracting(c -> c.figureA().describe() + " vs " + c.figureB().describe())
                .containsExactlyInAnyOrder("500–1,200 vs ≤ 2,200", "500–1,200 vs 1,000–2,200");
        assertThat(claim.derivedStatus()).isEqualTo(Label.CONFIRMED);
    }
}
