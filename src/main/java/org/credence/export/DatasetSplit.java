package org.credence.export;

/**
 * The train / validation / test split of a dataset, by document: a document's statements always go
 * to the same split, decided by its SHA-256 alone, so the split is the same in every export, on every
 * machine, whatever else the corpus holds (80 / 10 / 10).
 */
enum DatasetSplit {
    TRAIN("train"),
    VALIDATION("validation"),
    TEST("test");

    private final String code;

    DatasetSplit(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    String fileName() {
        return code + ".jsonl";
    }

    static DatasetSplit of(String documentSha256) {
        double position = Long.parseLong(documentSha256.substring(0, 8), 16) / (double) (1L << 32);
        return position < 0.8 ? TRAIN : position < 0.9 ? VALIDATION : TEST;
    }
}
