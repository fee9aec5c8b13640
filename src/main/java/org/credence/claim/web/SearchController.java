package org.credence.claim.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.credence.annotation.Label;
import org.credence.claim.CorpusSearch;
import org.credence.claim.SearchHit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Full-text search over every document's sentences, with label, source and claim filters. */
@RestController
class SearchController {

    static final int MAX_RESULTS = 200;

    private final CorpusSearch search;

    SearchController(CorpusSearch search) {
        this.search = search;
    }

    @GetMapping({"/api/search", "/api/projects/{projectId}/search"})
    List<HitJson> search(
            @RequestParam String q,
            @RequestParam(required = false) List<String> label,
            @RequestParam(required = false) List<Long> source,
            @RequestParam(required = false) Long claim,
            @RequestParam(defaultValue = "20") int limit) {
        if (limit < 1 || limit > MAX_RESULTS) {
            throw new IllegalArgumentException("'limit' must be between 1 and " + MAX_RESULTS + ".");
        }
        Set<Label> labels =
                label == null ? Set.of() : label.stream().map(Label::fromCode).collect(Collectors.toSet());
        return search.search(q, labels, source == null ? Set.of() : Set.copyOf(source), claim, limit).stream()
                .map(HitJson::of)
                .toList();
    }

    /** @param highlights [start, end) pairs of the matched words, code points from the sentence start */
    record HitJson(
            long documentId,
            String title,
            String source,
            int start,
            int end,
            String exact,
            List<int[]> highlights,
            double score,
            List<String> labels,
            List<Long> claims) {
        static HitJson of(SearchHit h) {
            return new HitJson(
                    h.documentId(),
                    h.documentTitle(),
                    h.source(),
                    h.start(),
                    h.end(),
                    h.text(),
                    h.highlights(),
                    h.score(),
                    h.labels().stream().map(Label::code).toList(),
                    h.claimIds());
        }
    }
}
