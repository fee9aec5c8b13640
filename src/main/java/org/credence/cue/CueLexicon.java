package org.credence.cue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The cue lexicon: the built-in {@code cues/lexicon.tsv} plus the file an administrator extends it with
 * ({@code credence.cues.file}), re-read whenever that file changes — no restart needed.
 */
@Component
class CueLexicon {

    private static final Logger log = LoggerFactory.getLogger(CueLexicon.class);
    static final String BUILT_IN = "/cues/lexicon.tsv";

    private final List<Cue> builtIn;
    private final Path extraFile;
    private volatile List<Cue> all;
    private volatile FileTime extraModified;

    CueLexicon(@Value("${credence.cues.file:}") String extraFile) {
        try (InputStream in = CueLexicon.class.getResourceAsStream(BUILT_IN)) {
            this.builtIn = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), BUILT_IN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.extraFile = extraFile.isBlank() ? null : Path.of(extraFile);
        this.all = builtIn;
    }

    /** Every cue, longest phrase first so "unconfirmed reports" wins over a shorter cue inside it. */
    List<Cue> cues() {
        if (extraFile != null) {
            reloadIfChanged();
        }
        return all;
    }

    private synchronized void reloadIfChanged() {
        try {
            FileTime modified = Files.exists(extraFile) ? Files.getLastModifiedTime(extraFile) : null;
            if (modified == null ? extraModified == null : modified.equals(extraModified)) {
                return;
            }
            List<Cue> merged = new ArrayList<>(builtIn);
            if (modified != null) {
                merged.addAll(parse(Files.readString(extraFile, StandardCharsets.UTF_8), extraFile.toString()));
            }
            merged.sort(
                    (a, b) -> Integer.compare(b.phrase().length(), a.phrase().length()));
            all = List.copyOf(merged);
            extraModified = modified;
            log.info("Cue lexicon: {} cues ({} from {})", all.size(), all.size() - builtIn.size(), extraFile);
        } catch (IOException | IllegalArgumentException e) {
            log.warn("The cue file {} could not be read; keeping the previous lexicon: {}", extraFile, e.getMessage());
        }
    }

    /**
     * A project's extension (its settings): lines in the lexicon's format, or a bare phrase for a hedge.
     * It was typed into a form, not checked by a build, so a line that does not read is skipped, not fatal.
     */
    List<Cue> projectCues(String extension) {
        if (extension == null || extension.isBlank()) {
            return List.of();
        }
        List<Cue> cues = projectCues.get(extension);
        if (cues == null) {
            List<Cue> read = new ArrayList<>();
            for (String line : extension.split("\\R")) {
                String clean = line.strip();
                if (clean.isEmpty() || clean.startsWith("#")) {
                    continue;
                }
                try {
                    read.addAll(parse(clean.contains("\t") ? clean : "hedge\t" + clean + "\thedged", "project cues"));
                } catch (IllegalArgumentException unreadable) {
                    log.debug("Project cue line skipped: {}", unreadable.getMessage());
                }
            }
            cues = List.copyOf(read);
            if (projectCues.size() > 100) {
                projectCues.clear(); // a handful of projects; edits make new keys
            }
            projectCues.put(extension, cues);
        }
        return cues;
    }

    private final java.util.Map<String, List<Cue>> projectCues = new java.util.concurrent.ConcurrentHashMap<>();

    /** Lines of "kind TAB phrase TAB presentation"; '#' starts a comment. */
    static List<Cue> parse(String tsv, String where) {
        List<Cue> cues = new ArrayList<>();
        int number = 0;
        try (BufferedReader lines = new BufferedReader(new java.io.StringReader(tsv))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length != 3) {
                    throw new IllegalArgumentException(where + " line " + number + ": expected kind, phrase and"
                            + " presentation separated by tabs.");
                }
                try {
                    cues.add(new Cue(Cue.Kind.of(fields[0]), fields[1].strip(), fields[2].strip()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(where + " line " + number + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cues.sort((a, b) -> Integer.compare(b.phrase().length(), a.phrase().length()));
        return cues;
    }
}
