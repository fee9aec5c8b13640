package org.credence.export;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.InvalidSpanException;
import org.credence.annotation.StatementView;
import org.credence.document.DocumentNotFoundException;
import org.credence.document.DocumentService;
import org.credence.security.Access;
import org.springframework.stereotype.Service;

/**
 * Restores statements from an export of a readable format (one whose {@link ExportFormat#reader()} is
 * there: jsonl, w3c) onto the same documents, matched by the SHA-256 of their original bytes. Each
 * statement is made again in its reviewer's name with its span, quote and details (the reviewer must
 * have an active reviewer account here; the history names the editor who ran the restore); one
 * already there (same reviewer, span and label) is left alone, so an import can be repeated. A record
 * that does not fit is reported, never half-applied.
 */
@Service
public class StatementImportService {

    private final DocumentService documents;
    private final AnnotationService annotations;
    private final ExportFormats formats;

    StatementImportService(DocumentService documents, AnnotationService annotations, ExportFormats formats) {
        this.documents = documents;
        this.annotations = annotations;
        this.formats = formats;
    }

    /**
     * @param formatId the format the export is in, e.g. {@code jsonl}
     * @throws IllegalArgumentException when the format cannot be read back, or the input is not in it at all
     */
    @Access.EditorsAndAdmins
    public StatementImport restore(String formatId, InputStream in) throws IOException {
        StatementReader reader = formats.find(formatId)
                .reader()
                .orElseThrow(() -> new IllegalArgumentException(
                        "Statements can be restored from " + readableFormats() + ", not from '" + formatId + "'."));
        List<StatementImport.Failure> failures = new ArrayList<>();
        int restored = 0;
        int present = 0;
        for (StatementReader.ReadStatement record : reader.read(in)) {
            if (record.problem() != null) {
                failures.add(new StatementImport.Failure(record.number(), record.problem()));
                continue;
            }
            RestorableStatement s = record.statement();
            Optional<Long> documentId = documents.idBySha256(s.documentSha256());
            if (documentId.isEmpty()) {
                failures.add(
                        new StatementImport.Failure(record.number(), "no document with SHA-256 " + s.documentSha256()));
                continue;
            }
            if (alreadyThere(documentId.get(), s)) {
                present++;
                continue;
            }
            try {
                // In the reviewer's own name, so the restored statement is theirs as before; the history
                // names the editor who restored it.
                annotations.restore(documentId.get(), s.start(), s.end(), s.details(), s.exact(), s.author());
                restored++;
            } catch (IllegalArgumentException | InvalidSpanException | DocumentNotFoundException e) {
                failures.add(new StatementImport.Failure(record.number(), e.getMessage()));
            }
        }
        return new StatementImport(restored, present, failures);
    }

    private String readableFormats() {
        return formats.all().stream()
                .filter(f -> f.reader().isPresent())
                .map(ExportFormat::id)
                .collect(Collectors.joining(" or "));
    }

    private boolean alreadyThere(long documentId, RestorableStatement s) {
        // Editors and admins, who alone restore, see every statement.
        List<StatementView> existing = annotations.listForDocument(documentId);
        return existing.stream()
                .anyMatch(e -> e.start() == s.start()
                        && e.end() == s.end()
                        && e.author().equals(s.author())
                        && e.label() == s.details().label());
    }
}
