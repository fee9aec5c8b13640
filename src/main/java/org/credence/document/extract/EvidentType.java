package org.credence.document.extract;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The type of a web page, a plain-text file, a PDF or an office package when its name and its first bytes
 * agree beyond doubt, so that Tika need not find it out. Tika's detection runs its whole magic table (some 1,500 patterns) over
 * every file and, for plain text, sniffs whether it is a CSV table: on news-size web pages and text files
 * that is over half of Tika's time (a profile of 10,000 light files), work whose answer the file's name
 * already gives. Whatever is not evident — a ".txt" that opens like an e-mail, a mailbox, markup, RTF, a
 * script or binary data; a ".html" that opens with an XML prolog — is left to Tika's detection as before.
 */
final class EvidentType {

    static final String HTML = "text/html";
    static final String PLAIN_TEXT = "text/plain";

    /** How much of a text file is checked for bytes that plain text never holds. */
    private static final int TEXT_SAMPLE = 8192;

    private EvidentType() {}

    static Optional<String> of(String fileName, byte[] bytes) {
        if (fileName == null || bytes.length == 0) {
            return Optional.empty();
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        int start = firstNonBlank(bytes);
        if ((name.endsWith(".html") || name.endsWith(".htm")) && opensAsHtml(bytes, start)) {
            return Optional.of(HTML);
        }
        if (name.endsWith(".txt")
                && opensAsProse(bytes, start)
                && !hasControlBytes(bytes)
                && !holdsMarkupOrMailHeaders(bytes)) {
            return Optional.of(PLAIN_TEXT);
        }
        if (name.endsWith(".pdf") && ScanSignature.isPdf(bytes)) {
            return Optional.of(PDF);
        }
        return packageType(name, bytes);
    }

    static final String PDF = "application/pdf";

    /** Office Open XML files: a zip whose first entry is its content-type list, named by its kind. */
    private static final Map<String, String> OOXML = Map.of(
            ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            ".pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation");

    /** OpenDocument and EPUB files: a zip whose first entry, stored as is, is "mimetype" holding the type. */
    private static final Map<String, String> STORED_MIMETYPE = Map.of(
            ".odt", "application/vnd.oasis.opendocument.text",
            ".ods", "application/vnd.oasis.opendocument.spreadsheet",
            ".odp", "application/vnd.oasis.opendocument.presentation",
            ".epub", "application/epub+zip");

    /**
     * A package's type from its zip's first local header, when the name's extension says the same. Tika
     * opens the whole package to find this out (a tenth of a mixed import) and then opens it again to
     * read it.
     */
    private static Optional<String> packageType(String name, byte[] zip) {
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot);
        String ooxml = OOXML.get(extension);
        String stored = STORED_MIMETYPE.get(extension);
        String first = firstEntryName(zip);
        if (ooxml == null && stored == null || first == null) {
            return Optional.empty();
        }
        if (ooxml != null) {
            return first.equals(OOXML_PART) ? Optional.of(ooxml) : Optional.empty();
        }
        int method = le16(zip, 8);
        int compressedSize = (int) Math.min(Integer.MAX_VALUE, le32(zip, 18));
        int data = 30 + le16(zip, 26) + le16(zip, 28);
        boolean storedAsIs = method == 0 && compressedSize == stored.length() && data + compressedSize <= zip.length;
        return first.equals(ODF_PART)
                        && storedAsIs
                        && new String(zip, data, compressedSize, StandardCharsets.US_ASCII).equals(stored)
                ? Optional.of(stored)
                : Optional.empty();
    }

    static final String OOXML_PART = "[Content_Types].xml";
    static final String ODF_PART = "mimetype";

    /** The name in a zip's first local header; null when the bytes do not open with one. */
    static String firstEntryName(byte[] zip) {
        if (zip.length < 30 || zip[0] != 'P' || zip[1] != 'K' || zip[2] != 3 || zip[3] != 4) {
            return null;
        }
        int nameLength = le16(zip, 26);
        if (30 + nameLength + le16(zip, 28) > zip.length) {
            return null;
        }
        return new String(zip, 30, nameLength, StandardCharsets.UTF_8);
    }

    private static int le16(byte[] bytes, int at) {
        return (bytes[at] & 0xff) | (bytes[at + 1] & 0xff) << 8;
    }

    private static long le32(byte[] bytes, int at) {
        return le16(bytes, at) | (long) le16(bytes, at + 2) << 16;
    }

    private static boolean opensAsHtml(byte[] bytes, int at) {
        return startsWithIgnoringCase(bytes, at, "<!doctype html") || startsWithIgnoringCase(bytes, at, "<html");
    }

    /**
     * Prose opens with a letter, a digit or a quotation mark (any non-ASCII character counts: a UTF-8
     * letter); and its first line is not a header ("From: …", "Received: …", "BEGIN:VCARD"), which is how
     * e-mails, news articles in transit and calendar or contact files open. "From " opens a mailbox.
     */
    private static boolean opensAsProse(byte[] bytes, int at) {
        if (at >= bytes.length) {
            return false;
        }
        int first = bytes[at] & 0xff;
        boolean proseStart = first < 0x80 && Character.isLetterOrDigit(first)
                || first == '"'
                || first == '\''
                || first >= 0xc2 && first <= 0xf4; // a UTF-8 lead byte; never a UTF-16 byte-order mark
        return proseStart && !opensWithHeader(bytes, at) && !startsWithIgnoringCase(bytes, at, "from ");
    }

    /** A first word of letters, digits and hyphens directly followed by a colon. */
    private static boolean opensWithHeader(byte[] bytes, int at) {
        for (int i = at; i < bytes.length; i++) {
            int b = bytes[i];
            if (b == ':') {
                return i > at;
            }
            if (!(Character.isLetterOrDigit(b) && b < 0x80 || b == '-' || b == '_')) {
                return false;
            }
        }
        return false;
    }

    /** Markers Tika's magic also finds past the first line. */
    private static final String[] MARKUP_OR_MAIL = {"<html", "<body", "<!doctype", "\nmessage-id:"};

    /** How many of the first lines may look like headers ("Subject: …") before the file is left to Tika. */
    private static final int HEADER_LINES_AT_MOST = 1;

    private static final int FIRST_LINES = 10;

    /**
     * Web pages and e-mails that open with a line of prose ("Microsoft Mail Internet Headers Version 2.0",
     * a page's title above its markup): markup or a Message-ID within the first 8 KB, or two header lines
     * among the first ten.
     */
    private static boolean holdsMarkupOrMailHeaders(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, TEXT_SAMPLE), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        for (String marker : MARKUP_OR_MAIL) {
            if (head.contains(marker)) {
                return true;
            }
        }
        int headers = 0;
        int at = 0;
        for (int line = 0; line < FIRST_LINES && at < head.length(); line++) {
            if (opensWithHeader(bytes, at) && ++headers > HEADER_LINES_AT_MOST) {
                return true;
            }
            int next = head.indexOf('\n', at);
            if (next < 0) {
                break;
            }
            at = next + 1;
        }
        return false;
    }

    /** NUL and the other control bytes below the space, but tab, line feed, form feed and carriage return. */
    private static boolean hasControlBytes(byte[] bytes) {
        int end = Math.min(bytes.length, TEXT_SAMPLE);
        for (int i = 0; i < end; i++) {
            int b = bytes[i] & 0xff;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r' || b == 0x7f) {
                return true;
            }
        }
        return false;
    }

    /** Past a UTF-8 byte-order mark and white space. */
    private static int firstNonBlank(byte[] bytes) {
        int at =
                bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf
                        ? 3
                        : 0;
        while (at < bytes.length && (bytes[at] == ' ' || bytes[at] == '\t' || bytes[at] == '\n' || bytes[at] == '\r')) {
            at++;
        }
        return at;
    }

    private static boolean startsWithIgnoringCase(byte[] bytes, int at, String prefix) {
        if (bytes.length - at < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (Character.toLowerCase(bytes[at + i]) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
