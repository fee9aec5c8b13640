package org.credence.document.extract;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.parser.pdf.PDFParserConfig.OCR_STRATEGY;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.TeeContentHandler;
import org.apache.tika.sax.boilerpipe.BoilerpipeContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/** The only place that talks to Apache Tika: format detection and text extraction for every format. */
public class TikaTextExtractor implements TextExtractor, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(TikaTextExtractor.class);
    private static final MediaType ZIP = MediaType.application("zip");

    private final ExtractionLimits limits;
    private final OcrSettings ocr;
    private final Supplier<Optional<String>> tesseract;
    /**
     * Tika's parsers take most of a second of both cores to load (thousands of classes): loaded on a
     * thread of their own once the app is ready ({@link #warmUp()}), so they do not compete with the
     * start-up for the CPU; an import that comes first loads them itself. Set once, by the first of the two.
     */
    private volatile Loading loading;

    /** The parsers and the OCR engine's version, loaded together off the caller's thread. */
    private record Loading(
            java.util.concurrent.CompletableFuture<AutoDetectParser> parser,
            java.util.concurrent.CompletableFuture<Optional<String>> ocrEngine) {}
    /** Parses run here so that one stuck in a parser's own loop can be abandoned after the timeout. */
    private final ExecutorService parsing = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "tika-parse");
        thread.setDaemon(true);
        return thread;
    });

    /** Without OCR: images and scans fail with a message saying how to read them. */
    public TikaTextExtractor(ExtractionLimits limits) {
        this(limits, OcrSettings.OFF, Optional::empty);
    }

    /**
     * @param tesseract finds the installed Tesseract's version (empty when there is none); asked once,
     *     off the start-up path, with the parsers' loading
     */
    public TikaTextExtractor(ExtractionLimits limits, OcrSettings ocr, Supplier<Optional<String>> tesseract) {
        this.limits = limits;
        this.ocr = ocr;
        this.tesseract = tesseract;
    }

    /** Starts loading the parsers (and asking Tesseract's version) in the background, if not yet begun. */
    @Override
    public void warmUp() {
        loading();
    }

    private Loading loading() {
        Loading started = loading;
        if (started == null) {
            synchronized (this) {
                started = loading;
                if (started == null) {
                    started = new Loading(
                            java.util.concurrent.CompletableFuture.supplyAsync(AutoDetectParser::new, parsing),
                            ocr.enabled()
                                    ? java.util.concurrent.CompletableFuture.supplyAsync(tesseract, parsing)
                                    : java.util.concurrent.CompletableFuture.completedFuture(Optional.empty()));
                    loading = started;
                }
            }
        }
        return started;
    }

    /** Off only in tests that compare a file told by its name with the same file detected by Tika. */
    boolean typeFromName = true;

    private AutoDetectParser parser() {
        return loading().parser().join();
    }

    /** The OCR engine imports use, e.g. "Tesseract 5.3.0"; empty when OCR is off or Tesseract is missing. */
    public Optional<String> ocrEngine() {
        return loading().ocrEngine().join();
    }

    @Override
    public ExtractedText extract(String fileName, byte[] bytes, boolean mainContentOnly) throws ExtractionException {
        // A scan read by OCR takes a page's worth of Tesseract per page: PDFs and images have their own,
        // longer allowance when OCR is there; every other file keeps the ordinary limit.
        long timeoutNanos = limits.parseTimeout().toNanos()
                + (ocrEngine().isPresent() && ScanSignature.mayNeedOcr(bytes)
                        ? ocr.fileTimeout().toNanos()
                        : 0);
        long deadline = System.nanoTime() + timeoutNanos;
        Future<ExtractedText> parse = parsing.submit(() -> parse(fileName, bytes, mainContentOnly, deadline));
        try {
            return parse.get(timeoutNanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            parse.cancel(true);
            throw timedOut(fileName, e);
        } catch (InterruptedException e) {
            parse.cancel(true);
            Thread.currentThread().interrupt();
            throw new ExtractionException("The import was interrupted.", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ExtractionException failure) {
                throw failure;
            }
            throw new ExtractionException("The file could not be read: " + reason(e), e);
        }
    }

    /**
     * Reads the text layer, with OCR for pages that have none; then checks the text reads as text. A PDF
     * whose text layer is unreadable (fonts without a Unicode map, a damaged file) is read again by OCR
     * alone when OCR is there; otherwise, or when that fails too, it is refused with the reason.
     */
    private ExtractedText parse(String fileName, byte[] bytes, boolean mainContentOnly, long deadline)
            throws ExtractionException {
        Optional<String> engine = ocrEngine();
        Reading reading =
                read(fileName, bytes, mainContentOnly, deadline, engine.isPresent() ? OCR_STRATEGY.AUTO : null);
        String type = reading.contentType();
        boolean pdf = type.startsWith("application/pdf");
        boolean image = type.startsWith("image/");
        if ((pdf || image) && reading.text().isBlank() && engine.isEmpty()) {
            throw new ExtractionException(
                    (image ? "This is an image (" + type + ")" : "This PDF has no text layer (a scan?)")
                            + "; its text can only be read by OCR, " + whyNoOcr() + ".");
        }
        if (image && reading.text().isBlank()) {
            throw new ExtractionException("OCR found no text in this image (" + type + ").");
        }
        String problem = TextQuality.of(reading.text()).problem(pdf || reading.ocr() != null);
        if (problem != null && pdf && engine.isPresent()) {
            // Even when AUTO read some pages by OCR, it kept their broken text layer beside: OCR alone, then.
            Reading byOcr = read(fileName, bytes, false, deadline, OCR_STRATEGY.OCR_ONLY);
            String ocrProblem = TextQuality.of(byOcr.text()).problem(true);
            if (ocrProblem == null && !byOcr.text().isBlank()) {
                log.info("The text layer of {} was unreadable ({}); it was read by OCR instead", fileName, problem);
                return byOcr.extracted();
            }
            throw new ExtractionException(unreadable(type, problem) + OCR_DID_NOT_HELP);
        }
        if (problem != null) {
            boolean ocrCouldHelp = pdf && engine.isEmpty();
            throw new ExtractionException(unreadable(type, problem)
                    + (ocrCouldHelp ? " OCR could read its pages instead, " + whyNoOcr() + "." : ""));
        }
        return reading.extracted();
    }

    private static final String OCR_DID_NOT_HELP = " Reading its pages by OCR did not give readable text either.";

    private String whyNoOcr() {
        return ocr.enabled()
                ? "which needs Tesseract on the server (" + Tesseract.INSTALL_HINT + ")"
                : "which is switched off here (credence.import.ocr.enabled=false)";
    }

    private static String unreadable(String type, String problem) {
        return type.startsWith("application/pdf")
                ? "The text of this PDF could not be decoded (fonts without a Unicode map, or a damaged file); "
                        + problem + "."
                : "The text of this file (" + type + ") could not be decoded; " + problem + ".";
    }

    /** One parse's results, before they become an {@link ExtractedText}. */
    private record Reading(String text, Metadata metadata, String canonical, int skippedEmbedded, OcrUse ocr) {

        String contentType() {
            String type = metadata.get(Metadata.CONTENT_TYPE);
            return type == null ? "" : type.toLowerCase(Locale.ROOT);
        }

        ExtractedText extracted() {
            return new ExtractedText(
                    text,
                    metadata.get(TikaCoreProperties.TITLE),
                    authors(metadata),
                    first(metadata, "og:site_name", TikaCoreProperties.PUBLISHER.getName()),
                    canonical != null ? canonical : metadata.get("og:url"),
                    metadata.get(Metadata.CONTENT_TYPE),
                    published(metadata),
                    first(metadata, Metadata.CONTENT_LANGUAGE, TikaCoreProperties.LANGUAGE.getName()),
                    skippedEmbedded,
                    ocr);
        }
    }

    /**
     * @param ocrStrategy how PDFs use OCR (images are read by OCR whenever it is given); null: no OCR at all
     */
    private Reading read(
            String fileName, byte[] bytes, boolean mainContentOnly, long deadline, OCR_STRATEGY ocrStrategy)
            throws ExtractionException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        if (typeFromName) {
            EvidentType.of(fileName, bytes)
                    .ifPresent(type -> metadata.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, type));
        }
        BodyContentHandler body = new BodyContentHandler(limits.maxTextChars());
        CanonicalLinkHandler canonical = new CanonicalLinkHandler();
        DepthLimitedParser embedded = new DepthLimitedParser(parser(), limits.maxEmbeddedDepth());
        ParseContext context = new ParseContext();
        context.set(Parser.class, embedded);
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            // Only the file itself is read by OCR: photos inside a Word file or a web page are not its text.
            boolean ocrThisFile = ocrStrategy != null && ScanSignature.mayNeedOcr(bytes);
            configureOcr(context, ocrThisFile ? ocrStrategy : null);
            ContentHandler text = mainContentOnly && isWebPage(in, metadata)
                    ? new BoilerpipeContentHandler(body, ArticleExtractor.INSTANCE)
                    : body;
            parser().parse(
                            in,
                            new DeadlineContentHandler(new TeeContentHandler(text, canonical), deadline),
                            metadata,
                            context);
        } catch (EncryptedDocumentException e) {
            throw new ExtractionException(
                    "The file is password protected; remove the password and import it again.", e);
        } catch (SAXException | TikaException | IOException | RuntimeException e) {
            throw explain(fileName, e, metadata);
        }
        return new Reading(body.toString(), metadata, canonical.href(), embedded.skipped(), ocrUse(metadata));
    }

    /**
     * Tika's detection, asked only when it matters; a web page's type is then handed to the parse, which
     * would otherwise detect it a second time.
     */
    private boolean isWebPage(TikaInputStream in, Metadata metadata) throws IOException {
        String type = parser().getDetector().detect(in, metadata).getBaseType().toString();
        boolean webPage = type.equals("text/html") || type.equals("application/xhtml+xml");
        if (webPage) {
            metadata.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, type);
        }
        return webPage;
    }

    private void configureOcr(ParseContext context, OCR_STRATEGY strategy) {
        TesseractOCRConfig tesseract = new TesseractOCRConfig();
        tesseract.setSkipOcr(strategy == null);
        tesseract.setLanguage(ocr.languages());
        tesseract.setTimeoutSeconds((int) Math.max(1, ocr.pageTimeout().toSeconds()));
        context.set(TesseractOCRConfig.class, tesseract);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(strategy == null ? OCR_STRATEGY.NO_OCR : strategy);
        context.set(PDFParserConfig.class, pdf);
    }

    /** Whether Tesseract read any of it: pages of a PDF, or an image. */
    private OcrUse ocrUse(Metadata metadata) {
        String pages = metadata.get("pdf:ocrPageCount");
        int ocrPages = pages == null ? 0 : Integer.parseInt(pages.strip());
        boolean image = java.util.Arrays.stream(metadata.getValues("X-TIKA:Parsed-By-Full-Set"))
                .anyMatch(parser -> parser.endsWith("TesseractOCRParser"));
        if (ocrPages == 0 && !(image && pages == null)) {
            return null;
        }
        return new OcrUse(ocrEngine().orElse("Tesseract"), ocr.languages(), ocrPages);
    }

    /** Why a parse failed, in words a person can act on; the same whichever layer of Tika noticed. */
    private ExtractionException explain(String fileName, Exception e, Metadata metadata) {
        if (WriteLimitReachedException.isWriteLimitReached(e)) {
            return new ExtractionException(
                    "The file holds more than " + limits.maxTextChars() + " characters of text.", e);
        }
        if (causedBy(e, DeadlineContentHandler.DeadlinePassed.class)) {
            return timedOut(fileName, e);
        }
        if (reason(e).contains("TesseractOCRParser timeout")) {
            return new ExtractionException(
                    "Reading a page by OCR took longer than the limit of "
                            + ocr.pageTimeout().toSeconds()
                            + " s (credence.import.ocr.page-timeout); the file was given up.",
                    e);
        }
        if (reason(e).startsWith("Suspected zip bomb")) {
            return zipBomb(e);
        }
        return new ExtractionException("The file could not be read as " + describe(metadata) + ": " + reason(e), e);
    }

    private ExtractionException timedOut(String fileName, Throwable e) {
        log.warn("Gave up parsing {} after {}", fileName, limits.parseTimeout());
        return new ExtractionException(
                "Reading the file took longer than the limit of "
                        + limits.parseTimeout().toSeconds() + " s; it was given up.",
                e);
    }

    private static ExtractionException zipBomb(Throwable e) {
        return new ExtractionException(
                "The file expands to far more text than its size allows (" + reason(e)
                        + "); it looks like a zip bomb and was not imported.",
                e);
    }

    @Override
    public boolean isArchive(String fileName, Path file) {
        try (InputStream head = java.nio.file.Files.newInputStream(file)) {
            if (!startsLikeZip(head.readNBytes(4))) {
                return false;
            }
        } catch (IOException e) {
            return false;
        }
        if (isPackage(file)) {
            return false;
        }
        try (TikaInputStream in = TikaInputStream.get(file)) {
            return isZip(fileName, in);
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public boolean isArchive(String fileName, byte[] bytes) {
        if (!startsLikeZip(bytes) || firstEntryNamesAPackage(bytes)) {
            return false;
        }
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            return isZip(fileName, in);
        } catch (IOException e) {
            return false;
        }
    }

    /** Every zip, and only a zip, starts with "PK"; Tika's full detection then tells docx and friends apart. */
    private static boolean startsLikeZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5 || head[2] == 7);
    }

    /**
     * Word, Excel and PowerPoint files (OOXML) are zips with a {@code [Content_Types].xml} at the root;
     * OpenDocument and EPUB files, zips whose entry {@code mimetype} comes first. Told from the zip's
     * directory, these skip Tika's detection, which opens the package to tell its kind: a sixteenth of a
     * mixed batch's import time went to asking that of every Word file before parsing it.
     */
    static boolean isPackage(Path file) {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            return zip.getEntry(EvidentType.OOXML_PART) != null
                    || zip.stream()
                            .findFirst()
                            .filter(e -> e.getName().equals(EvidentType.ODF_PART))
                            .isPresent();
        } catch (IOException notReadableAsZip) {
            return false; // Tika's detection decides
        }
    }

    /** {@link #isPackage(Path)} from the first local header, for a file held in memory. */
    static boolean firstEntryNamesAPackage(byte[] zip) {
        String first = EvidentType.firstEntryName(zip);
        return EvidentType.OOXML_PART.equals(first) || EvidentType.ODF_PART.equals(first);
    }

    private boolean isZip(String fileName, TikaInputStream in) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        return parser().getDetector().detect(in, metadata).getBaseType().equals(ZIP);
    }

    /** Every author the file names (dc:creator may repeat), in its order. */
    private static String authors(Metadata metadata) {
        String[] names = metadata.getValues(TikaCoreProperties.CREATOR);
        String joined = java.util.Arrays.stream(names)
                .map(String::strip)
                .filter(n -> !n.isEmpty())
                .distinct()
                .collect(java.util.stream.Collectors.joining("; "));
        return joined.isEmpty() ? null : joined;
    }

    private static String first(Metadata metadata, String... names) {
        for (String name : names) {
            String value = metadata.get(name);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    /** A news page's own publication time first; a file's creation date is only a fallback. */
    private static LocalDate published(Metadata metadata) {
        String value = first(metadata, "article:published_time", TikaCoreProperties.CREATED.getName());
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toLocalDate();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value.substring(0, Math.min(10, value.length())));
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    private static String describe(Metadata metadata) {
        String type = metadata.get(Metadata.CONTENT_TYPE);
        return type == null ? "a document" : type.toLowerCase(Locale.ROOT);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /** The innermost cause says what is wrong with the file; the outer ones only say where. */
    private static String reason(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }

    @Override
    public void destroy() {
        parsing.shutdownNow();
    }
}
