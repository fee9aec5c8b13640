package org.credence.annotation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * What a reviewer says about a statement beyond its span: the verdict, how the text presents it,
 * why, who the text attributes it to, tags and evidence. Validated on construction, so a service
 * never stores half-checked input.
 *
 * @param evidenceStatementId another statement that supports or contradicts this one, or null
 */
public record StatementDetails(
        Label label,
        Presentation presentation,
        String rationale,
        String attributionSource,
        String attributionCue,
        List<String> tags,
        String evidenceUrl,
        Long evidenceStatementId,
        Credibility credibility) {

    static final int MAX_RATIONALE = 10_000;
    static final int MAX_ATTRIBUTION_SOURCE = 300;
    static final int MAX_ATTRIBUTION_CUE = 100;
    static final int MAX_TAG = 50;
    static final int MAX_TAGS = 20;
    static final int MAX_URL = 2000;

    public StatementDetails {
        if (label == null) {
            throw new IllegalArgumentException("A statement needs a label.");
        }
        rationale = trimmed(rationale, "The rationale", MAX_RATIONALE);
        attributionSource = trimmed(attributionSource, "The attribution", MAX_ATTRIBUTION_SOURCE);
        attributionCue = trimmed(attributionCue, "The attribution cue", MAX_ATTRIBUTION_CUE);
        tags = normaliseTags(tags);
        evidenceUrl = checkedUrl(trimmed(evidenceUrl, "The evidence URL", MAX_URL));
    }

    /** Details without an information-credibility grade. */
    public StatementDetails(
            Label label,
            Presentation presentation,
            String rationale,
            String attributionSource,
            String attributionCue,
            List<String> tags,
            String evidenceUrl,
            Long evidenceStatementId) {
        this(
                label,
                presentation,
                rationale,
                attributionSource,
                attributionCue,
                tags,
                evidenceUrl,
                evidenceStatementId,
                null);
    }

    /** Only a label: what pressing 1, 2 or 3 gives. */
    public static StatementDetails of(Label label) {
        return new StatementDetails(label, null, null, null, null, List.of(), null, null);
    }

    public StatementDetails withLabel(Label newLabel) {
        return new StatementDetails(
                newLabel,
                presentation,
                rationale,
                attributionSource,
                attributionCue,
                tags,
                evidenceUrl,
                evidenceStatementId,
                credibility);
    }

    public boolean hasRationale() {
        return rationale != null;
    }

    /** Tags from free text: comma-separated, trimmed, lower-cased, deduplicated, sorted. */
    public static List<String> parseTags(String text) {
        return text == null ? List.of() : normaliseTags(List.of(text.split(",")));
    }

    private static List<String> normaliseTags(Collection<String> raw) {
        if (raw == null) {
            return List.of();
        }
        TreeSet<String> clean = new TreeSet<>();
        for (String tag : raw) {
            if (tag == null || tag.isBlank()) {
                continue;
            }
            String t = org.credence.base.domain.FreeText.check("A tag", tag, 10 * MAX_TAG)
                    .toLowerCase(Locale.ROOT)
                    .replaceAll("\\s+", " ");
            if (t.contains(",")) {
                throw new IllegalArgumentException("A tag cannot contain a comma: '" + t + "'.");
            }
            if (t.length() > MAX_TAG) {
                throw new IllegalArgumentException(
                        "The tag '" + t.substring(0, 20) + "…' is longer than " + MAX_TAG + " characters.");
            }
            clean.add(t);
        }
        if (clean.size() > MAX_TAGS) {
            throw new IllegalArgumentException("A statement can have at most " + MAX_TAGS + " tags.");
        }
        return List.copyOf(new ArrayList<>(clean));
    }

    private static String trimmed(String value, String what, int max) {
        return org.credence.base.domain.FreeText.check(what, value, max);
    }

    private static String checkedUrl(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new IllegalArgumentException("The evidence URL must be an http or https address: '" + url + "'.");
            }
            return url;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The evidence URL is not a valid address: '" + url + "'.");
        }
    }
}
