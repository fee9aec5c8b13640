package org.credence.export;

import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeSet;
import org.credence.annotation.Label;

/**
 * Passes records through to a format while counting what a manifest or dataset card reports: the
 * statements, their documents and claims (ids, in order) and the labels (the gold label where decided).
 */
final class RecordTally implements Iterator<ExportRecord> {

    private final Iterator<ExportRecord> records;
    private int statements;
    private final TreeSet<Long> documentIds = new TreeSet<>();
    private final TreeSet<Long> claimIds = new TreeSet<>();
    private final Map<Label, Integer> labels = new EnumMap<>(Label.class);

    RecordTally(Iterator<ExportRecord> records) {
        this.records = records;
    }

    @Override
    public boolean hasNext() {
        return records.hasNext();
    }

    @Override
    public ExportRecord next() {
        ExportRecord record = records.next();
        statements++;
        documentIds.add(record.documentId());
        if (record.claimId() != null) {
            claimIds.add(record.claimId());
        }
        labels.merge(record.goldLabel() != null ? record.goldLabel() : record.label(), 1, Integer::sum);
        return record;
    }

    int statements() {
        return statements;
    }

    TreeSet<Long> documentIds() {
        return documentIds;
    }

    TreeSet<Long> claimIds() {
        return claimIds;
    }

    Map<Label, Integer> labels() {
        return labels;
    }
}
