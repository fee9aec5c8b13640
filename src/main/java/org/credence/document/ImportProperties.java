package org.credence.document;

import java.nio.file.Path;
import java.time.Duration;
import org.credence.document.extract.OcrSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param maxFileSize files larger than this are refused before parsing
 * @param seedsDir the folder imported on start-up (the default corpus)
 * @param importSeeds whether start-up imports {@code seedsDir}
 * @param parseTimeout how long one file may take to parse before it is reported as failed
 * @param maxEmbeddedDepth how deep attachments and embedded objects inside a file are read
 * @param maxArchiveDepth how deep zip files inside uploaded zip files are opened (1: no zip in a zip)
 * @param maxArchiveEntries files one upload or archive may hold
 * @param maxArchiveSize total uncompressed size one archive may expand to
 * @param run a folder or zip to import from the command line, after which the application exits
 * @param urls a file of links (one per line) to import from the command line, after which it exits
 * @param runAs the user name a command-line import is recorded under
 * @param ocr reading scans and images by OCR
 * @param url importing pages by URL
 *     <p>Folders are bound as text and made paths here: Spring's own String-to-Path conversion reads a
 *     path as a servlet resource first, which Tomcat refuses for {@code ../folder}.
 */
@ConfigurationProperties("credence.import")
public record ImportProperties(
        DataSize maxFileSize,
        String seedsDir,
        boolean importSeeds,
        Duration parseTimeout,
        Integer maxEmbeddedDepth,
        Integer maxArchiveDepth,
        Integer maxArchiveEntries,
        DataSize maxArchiveSize,
        String run,
        String urls,
        String runAs,
        Ocr ocr,
        Url url) {

    public ImportProperties {
        if (maxFileSize == null) {
            maxFileSize = DataSize.ofMegabytes(50);
        }
        if (seedsDir == null) {
            seedsDir = "seeds";
        }
        if (parseTimeout == null) {
            parseTimeout = Duration.ofSeconds(60);
        }
        if (maxEmbeddedDepth == null) {
            maxEmbeddedDepth = 3;
        }
        if (maxArchiveDepth == null) {
            maxArchiveDepth = 2;
        }
        if (maxArchiveEntries == null) {
            maxArchiveEntries = 100_000;
        }
        if (maxArchiveSize == null) {
            maxArchiveSize = DataSize.ofGigabytes(4);
        }
        if (runAs == null || runAs.isBlank()) {
            runAs = "command line";
        }
        if (ocr == null) {
            ocr = new Ocr(null, null, null, null);
        }
        if (url == null) {
            url = new Url(null, null);
        }
    }

    /**
     * {@code credence.import.ocr.*}: on by default when Tesseract is installed (scripts/ensure-tesseract).
     *
     * @param enabled false switches OCR off even where Tesseract is installed
     * @param languages Tesseract's language codes joined by '+' (installed ones: {@code tesseract --list-langs})
     * @param pageTimeout how long one page or image may take
     * @param fileTimeout the extra time one file read by OCR may take beyond {@code parse-timeout}
     */
    public record Ocr(Boolean enabled, String languages, Duration pageTimeout, Duration fileTimeout) {

        public OcrSettings settings() {
            OcrSettings defaults = OcrSettings.DEFAULT;
            return new OcrSettings(
                    enabled == null ? defaults.enabled() : enabled,
                    languages == null || languages.isBlank() ? defaults.languages() : languages.strip(),
                    pageTimeout == null ? defaults.pageTimeout() : pageTimeout,
                    fileTimeout == null ? defaults.fileTimeout() : fileTimeout);
        }
    }

    /** {@link #run()} as a path; null when no command-line import was asked for. */
    public Path runFolder() {
        return run == null ? null : Path.of(run);
    }

    /** {@link #urls()} as a path; null when no import of links was asked for. */
    public Path urlsFile() {
        return urls == null ? null : Path.of(urls);
    }

    public Path seedsFolder() {
        return Path.of(seedsDir);
    }

    /**
     * {@code credence.import.url.*}.
     *
     * @param allowedNetworks networks an import by URL may reach although they are private or loopback
     *     (CIDR, e.g. {@code 10.20.0.0/16} for an intranet archive); none by default
     * @param timeout for one whole fetch, redirects included
     */
    public record Url(java.util.List<String> allowedNetworks, Duration timeout) {

        public Url {
            allowedNetworks = allowedNetworks == null ? java.util.List.of() : java.util.List.copyOf(allowedNetworks);
            if (timeout == null) {
                timeout = Duration.ofSeconds(60);
            }
        }
    }
}
