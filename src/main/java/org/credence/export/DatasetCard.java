package org.credence.export;

import java.util.Map;
import org.credence.annotation.Label;
import org.credence.review.AgreementSummary;

/** The dataset's README.md: a YAML header the Hugging Face hub reads, then what a researcher needs to know. */
final class DatasetCard {

    private DatasetCard() {}

    static String render(
            int statements,
            int documents,
            Map<Label, Integer> labels,
            AgreementSummary agreement,
            ExportOptions options,
            Project project) {
        StringBuilder card = new StringBuilder();
        card.append("---\n")
                .append("license: other\n")
                .append("language:\n- en\n")
                .append("task_categories:\n- text-classification\n")
                .append("pretty_name: Credence statements\n")
                .append("size_categories:\n- ")
                .append(sizeCategory(statements))
                .append('\n')
                .append("configs:\n- config_name: default\n  data_files:\n")
                .append(
                        options.split()
                                ? "  - split: train\n    path: train.jsonl\n  - split: validation\n    path: validation.jsonl\n"
                                        + "  - split: test\n    path: test.jsonl\n"
                                : "  - split: train\n    path: statements.jsonl\n")
                .append("dataset_info:\n  features:\n")
                .append("  - name: project\n    dtype: string\n")
                .append("  - name: statement_id\n    dtype: int64\n")
                .append("  - name: document_id\n    dtype: int64\n")
                .append("  - name: exact\n    dtype: string\n")
                .append("  - name: start\n    dtype: int64\n")
                .append("  - name: end\n    dtype: int64\n")
                .append("  - name: sentence\n    dtype: string\n")
                .append("  - name: unit_id\n    dtype: int64\n")
                .append("  - name: span_agreement\n    dtype: float64\n")
                .append("  - name: label\n    dtype:\n      class_label:\n        names:\n");
        Label[] all = Label.values();
        for (int i = 0; i < all.length; i++) {
            card.append("          '")
                    .append(i)
                    .append("': ")
                    .append(all[i].code())
                    .append('\n');
        }
        card.append("---\n\n")
                .append("# Credence statements\n\n")
                .append("Statements from news reports, labelled confirmed, unconfirmed or disputed by reviewers")
                .append(options.status() == ExportOptions.Status.APPROVED ? " and approved by editors" : "")
                .append(". ")
                .append(statements)
                .append(" statements from ")
                .append(documents)
                .append(" documents.\n\n")
                .append(projectSection(project))
                .append("## Labels\n\n| label | statements |\n| --- | --- |\n");
        for (Label label : all) {
            card.append("| ")
                    .append(label.code())
                    .append(" | ")
                    .append(labels.getOrDefault(label, 0))
                    .append(" |\n");
        }
        card.append("\nThe label is the editor's gold label where there is one, else the reviewer's.\n\n")
                .append(AgreementSection.render(agreement))
                .append("## Files\n\n")
                .append("- `statements.jsonl`: one statement per line; `start`/`end` are Unicode code points into the")
                .append(" document's `text`, end exclusive, with `exact`, `prefix` and `suffix` to re-anchor them,")
                .append(
                        " the `sentence` around them, `unit_id` (the statement's unit, see above), `span_labels` (every")
                .append(" reviewer's label in the same unit), `span_agreement`, the share of pairs of those reviewers")
                .append(" who agree (null below two reviewers), and `gold_start`/`gold_end` where an editor chose")
                .append(" another reviewer's span as the statement's (null otherwise).\n")
                .append(
                        "- `documents.jsonl`: each document's full text with `sha256` (original file) and `text_sha256`,"
                                + " and how the text was obtained: `ocr_engine`, `ocr_languages`, `ocr_pages` when it"
                                + " was read from images by OCR (null when the file had its own text), `fetched_from`,"
                                + " `fetched_at`, `served_at` when it was fetched by URL; `version` (1 unless the same"
                                + " link was imported again with other text) and `previous_version_id`, the document"
                                + " it is a later version of (its statements were carried over where their text is"
                                + " still found).\n")
                .append("- `sources.jsonl`: the publishers, with how many documents each.\n")
                .append("- `manifest.json`: options, counts and the SHA-256 of every other file.\n");
        return card.toString();
    }

    /** The project a dataset comes from, and the guidelines in force when it was exported. */
    record Project(String name, String description, org.credence.project.GuidelinesView guidelines) {}

    private static String projectSection(Project project) {
        StringBuilder section = new StringBuilder("## Project\n\n")
                .append("From the project **")
                .append(project.name())
                .append("**")
                .append(
                        project.description() == null || project.description().isBlank()
                                ? "."
                                : ": " + project.description().strip())
                .append("\n\n## Guidelines\n\n");
        org.credence.project.GuidelinesView guidelines = project.guidelines();
        if (guidelines.revision() == 0) {
            return section.append("The project has no written guidelines.\n\n").toString();
        }
        section.append("The reviewers labelled under revision ")
                .append(guidelines.revision())
                .append(" of the project's guidelines, written by ")
                .append(guidelines.writtenBy())
                .append(" on ")
                .append(guidelines.writtenAt().toString(), 0, 10)
                .append(". They follow, as written (Markdown):\n\n");
        // Quoted, so the guidelines' own headings stay inside this section of the card.
        guidelines
                .body()
                .strip()
                .lines()
                .forEach(line ->
                        section.append(line.isEmpty() ? ">" : "> " + line).append('\n'));
        return section.append('\n').toString();
    }

    private static String sizeCategory(int n) {
        if (n < 1_000) {
            return "n<1K";
        }
        if (n < 10_000) {
            return "1K<n<10K";
        }
        if (n < 100_000) {
            return "10K<n<100K";
        }
        return n < 1_000_000 ? "100K<n<1M" : "1M<n<10M";
    }
}
