package org.credence.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.Map;
import org.credence.annotation.Label;
import org.credence.review.AgreementReport;

/**
 * Two small bar charts drawn with HTML and CSS (no charting library: Vaadin Charts is not free, and
 * bars are all this needs): how each reviewer used the labels on the units compared, and α per label.
 * Every bar carries its number as text, so nothing is told by length or colour alone; names are set
 * as text, never as markup.
 */
class AgreementChart extends Div {

    AgreementChart(AgreementReport report) {
        setId("agreement-chart");
        addClassName("cr-chart");
        add(distribution(report.labelsPerReviewer()), alphas(report.alphaPerLabel()));
    }

    private static Div distribution(Map<String, Map<String, Integer>> perReviewer) {
        Div chart = new Div(new H4("Labels per reviewer"));
        chart.setId("agreement-chart-labels");
        chart.addClassName("cr-chart-part");
        perReviewer.forEach((reviewer, counts) -> {
            int total = counts.values().stream().mapToInt(Integer::intValue).sum();
            Div bar = new Div();
            bar.addClassName("cr-chart-stack");
            for (Label label : Label.values()) {
                int count = counts.getOrDefault(label.code(), 0);
                if (count == 0) {
                    continue;
                }
                Span part = new Span(String.valueOf(count));
                part.addClassNames("cr-chart-part-bar", "cr-badge", "cr-" + label.code());
                part.getStyle().set("flex-grow", String.valueOf(count));
                part.getElement()
                        .setAttribute(
                                "title",
                                reviewer + ": " + count + " " + label.title().toLowerCase(Locale.ROOT));
                bar.add(part);
            }
            chart.add(row(reviewer, bar, total + (total == 1 ? " unit" : " units")));
        });
        if (perReviewer.isEmpty()) {
            chart.add(new Span("No units labelled by two or more reviewers yet."));
        }
        return chart;
    }

    private static Div alphas(Map<String, Double> perLabel) {
        Div chart = new Div(new H4("α per label (this label vs the rest)"));
        chart.setId("agreement-chart-alpha");
        chart.addClassName("cr-chart-part");
        perLabel.forEach((code, alpha) -> {
            Label label = Label.fromCode(code);
            Div track = new Div();
            track.addClassName("cr-chart-track");
            if (alpha != null && alpha > 0) {
                Span bar = new Span();
                bar.addClassNames("cr-chart-alpha", "cr-badge", "cr-" + code);
                bar.getStyle().set("width", String.format(Locale.ROOT, "%.1f%%", Math.min(1, alpha) * 100));
                track.add(bar);
            }
            chart.add(row(label.title(), track, describe(alpha)));
        });
        return chart;
    }

    static String describe(Double alpha) {
        if (alpha == null) {
            return "—";
        }
        String value = String.format(Locale.ROOT, "%.2f", alpha);
        return alpha < 0 ? value + " (below chance)" : value;
    }

    private static Div row(String name, Div bar, String value) {
        Span label = new Span(name);
        label.addClassName("cr-chart-name");
        Span number = new Span(value);
        number.addClassName("cr-chart-value");
        Div row = new Div(label, bar, number);
        row.addClassName("cr-chart-row");
        return row;
    }
}
