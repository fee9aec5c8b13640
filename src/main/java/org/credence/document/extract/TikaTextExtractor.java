package org.credence.document.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXException;

/** The only place that talks to Apache Tika: format detection and text extraction for every format. */
@Component
public class TikaTextExtractor implements TextExtractor {

    /** Characters of text beyond which a file is refused rather than held in memory. */
    static final int MAX_TEXT_CHARS = 20_000_000;

    private final Parser parser = new AutoDetectParser();

    @Override
    public ExtractedText extract(String fileName, byte[] bytes) throws ExtractionException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        BodyContentHandler handler = new BodyContentHandler(MAX_TEXT_CHARS);
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            parser.parse(in, handler, metadata, context);
        } catch (EncryptedDocumentException e) {
            throw new ExtractionException("The file is password protected; remove the password and import it again.", e);
        } catch (SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new ExtractionException("The file holds more than " + MAX_TEXT_CHARS + " characters of text.", e);
            }
            throw new ExtractionException("The file could not be read: " + reason(e), e);
        } catch (TikaException | IOException | RuntimeException e) {
            throw new ExtractionException("The file could not be read as " + describe(metadata) + ": " + reason(e), e);
        }
        return new ExtractedText(handler.toString(),
                metadata.get(TikaCoreProperties.TITLE),
                metadata.get(TikaCoreProperties.CREATOR),
                metadata.get(Metadata.CONTENT_TYPE),
                published(metadata));
    }

    private static LocalDate published(Metadata metadata) {
        String created = metadata.get(TikaCoreProperties.CREATED);
        if (created == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(created).toLocalDate();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(created.substring(0, Math.min(10, created.length())));
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    private static String describe(Metadata metadata) {
        String type = metadata.get(Metadata.CONTENT_TYPE);
        return type == null ? "a document" : type;
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
}
