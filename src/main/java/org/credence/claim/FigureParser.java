package org.credence.claim;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the numbers and dates a sentence states as intervals: "between 500 and 1,200", "up to 2,200",
 * "a hundred", "nearly 100", "more than 250", "January 2015", "since 2014". English only; written from
 * how news reports phrase figures, not from any particular document.
 */
public final class FigureParser {

    private static final String MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
    private static final String WORD_NUMBERS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
            + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    /** A number as written: "1,200", "2.5 million", "a hundred", "two thousand", "dozens", "hundreds". */
    private static final String NUMBER =
            "(?:(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s*(?:million|thousand|hundred|bn|billion))?"
                    + "|(?:a|an|one|" + WORD_NUMBERS + ")(?:[\\s-]+(?:" + WORD_NUMBERS
                    + "))?(?:\\s+(?:hundred|thousand|million))+"
                    + "|(?:" + WORD_NUMBERS + ")|a\\s+dozen|dozens|hundreds|thousands|tens\\s+of\\s+thousands)";

    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("\\b(\\d{1,2})\\s+(" + MONTHS + ")\\.?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile("\\b(" + MONTHS + ")\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "\\b(?:(since|from|after|by|until|before)\\s+)?(" + MONTHS + ")\\.?\\s+(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile(
            "\\b(since|in|during|from|after|by|until|before|of)\\s+((?:19|20)\\d{2})\\b(?![,.]\\d)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern RANGE = Pattern.compile(
            "\\b(?:between\\s+(" + NUMBER + ")\\s+and\\s+(" + NUMBER + ")"
                    + "|from\\s+(" + NUMBER + ")\\s+to\\s+(" + NUMBER + ")"
                    + "|(" + NUMBER + ")\\s*(?:to|-|–|—)\\s*(" + NUMBER + "))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AT_MOST = Pattern.compile(
            "\\b(?:up\\s+to|as\\s+many\\s+as|at\\s+most|no\\s+more\\s+than"
                    + "|fewer\\s+than|less\\s+than|under|a\\s+maximum\\s+of)\\s+(" + NUMBER + ")\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AT_LEAST = Pattern.compile(
            "\\b(?:more\\s+than|over|at\\s+least|upwards\\s+of"
                    + "|in\\s+excess\\s+of|no\\s+fewer\\s+than|no\\s+less\\s+than|a\\s+minimum\\s+of)\\s+(" + NUMBER
                    + ")\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEARLY = Pattern.compile(
            "\\b(?:nearly|almost|close\\s+to|just\\s+under)\\s+(" + NUMBER + ")\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ABOUT = Pattern.compile(
            "\\b(?:about|around|roughly|approximately|some|an\\s+estimated" + "|estimated|an\\s+approximate)\\s+("
                    + NUMBER + ")\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PLAIN = Pattern.compile("(?<![\\w.,])(" + NUMBER + ")\\b", Pattern.CASE_INSENSITIVE);

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("a", 1),
            Map.entry("an", 1),
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12),
            Map.entry("thirteen", 13),
            Map.entry("fourteen", 14),
            Map.entry("fifteen", 15),
            Map.entry("sixteen", 16),
            Map.entry("seventeen", 17),
            Map.entry("eighteen", 18),
            Map.entry("nineteen", 19),
            Map.entry("twenty", 20),
            Map.entry("thirty", 30),
            Map.entry("forty", 40),
            Map.entry("fifty", 50),
            Map.entry("sixty", 60),
            Map.entry("seventy", 70),
            Map.entry("eighty", 80),
            Map.entry("ninety", 90));

    private FigureParser() {}

    /** Every figure in {@code text}, in the order they appear. */
    public static List<Figure> parse(String text) {
        List<Found> found = new ArrayList<>();
        BitSet taken = new BitSet(text.length());
        dates(text, found, taken);
        counts(RANGE, text, found, taken, m -> {
            int first = m.group(1) != null ? 1 : m.group(3) != null ? 3 : 5;
            double a = value(m.group(first));
            double b = value(m.group(first + 1));
            return Figure.count(
                    Math.min(a, b), Math.max(a, b), vague(m.group(first)) || vague(m.group(first + 1)), m.group());
        });
        counts(AT_MOST, text, found, taken, m -> Figure.count(null, value(m.group(1)), vague(m.group(1)), m.group()));
        counts(AT_LEAST, text, found, taken, m -> Figure.count(value(m.group(1)), null, vague(m.group(1)), m.group()));
        counts(NEARLY, text, found, taken, m -> Figure.count(null, value(m.group(1)), true, m.group()));
        counts(ABOUT, text, found, taken, m -> {
            double v = value(m.group(1));
            return Figure.count(v, v, true, m.group());
        });
        counts(PLAIN, text, found, taken, m -> {
            String number = m.group(1);
            // A bare year is a date only in context ("in 2015"); a lone "one" or "two" is more often
            // a pronoun or an article ("one of the groups") than a figure anyone disputes.
            if (isBareYear(number) || number.toLowerCase(Locale.ROOT).matches(WORD_NUMBERS)) {
                return null;
            }
            double[] bounds = vagueBounds(number);
            return bounds != null
                    ? Figure.count(bounds[0], bounds[1], true, m.group())
                    : Figure.count(value(number), value(number), false, m.group());
        });
        return found.stream()
                .sorted(Comparator.comparingInt(Found::at))
                .map(Found::figure)
                .toList();
    }

    private record Found(int at, Figure figure) {}

    private static void dates(String text, List<Found> found, BitSet taken) {
        take(ISO_DATE, text, found, taken, m -> day(m.group(1), m.group(2), m.group(3), m.group()));
        take(DAY_MONTH_YEAR, text, found, taken, m -> day(m.group(3), month(m.group(2)), m.group(1), m.group()));
        take(MONTH_DAY_YEAR, text, found, taken, m -> day(m.group(3), month(m.group(1)), m.group(2), m.group()));
        take(MONTH_YEAR, text, found, taken, m -> {
            YearMonth month = YearMonth.of(Integer.parseInt(m.group(3)), Integer.parseInt(month(m.group(2))));
            return period(m.group(1), month.atDay(1), month.atEndOfMonth(), m.group());
        });
        take(YEAR, text, found, taken, m -> {
            int year = Integer.parseInt(m.group(2));
            return period(m.group(1), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), m.group());
        });
    }

    /** "since" opens the end, "by", "until" and "before" open the start; otherwise the period itself. */
    private static Figure period(String preposition, LocalDate from, LocalDate to, String text) {
        String word = preposition == null ? "" : preposition.toLowerCase(Locale.ROOT);
        return switch (word) {
            case "since", "from", "after" -> Figure.date(from, null, text);
            case "by", "until", "before" -> Figure.date(null, to, text);
            default -> Figure.date(from, to, text);
        };
    }

    private static Figure day(String year, String month, String day, String text) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            return Figure.date(date, date, text);
        } catch (java.time.DateTimeException notADate) {
            return null;
        }
    }

    private static String month(String name) {
        String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        String prefix = name.toLowerCase(Locale.ROOT).substring(0, 3);
        for (int i = 0; i < months.length; i++) {
            if (months[i].equals(prefix)) {
                return String.valueOf(i + 1);
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static void counts(
            Pattern pattern, String text, List<Found> found, BitSet taken, Function<Matcher, Figure> read) {
        take(pattern, text, found, taken, read);
    }

    /** Adds each match that does not overlap text an earlier, more specific pattern has read. */
    private static void take(
            Pattern pattern, String text, List<Found> found, BitSet taken, Function<Matcher, Figure> read) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int next = taken.nextSetBit(m.start());
            if (next >= 0 && next < m.end()) {
                continue;
            }
            Figure figure = read.apply(m);
            if (figure != null) {
                found.add(new Found(m.start(), figure));
                taken.set(m.start(), m.end());
            }
        }
    }

    /** A four-digit number from 1900 to 2099 with no comma is a year, not a count, when nothing else says so. */
    private static boolean isBareYear(String number) {
        return number.matches("(19|20)\\d{2}");
    }

    /** "dozens", "hundreds", "thousands": more than one of the unit, fewer than the next. */
    private static double[] vagueBounds(String number) {
        return switch (number.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")) {
            case "dozens" -> new double[] {24, 144};
            case "hundreds" -> new double[] {200, 999};
            case "thousands" -> new double[] {2_000, 9_999};
            case "tens of thousands" -> new double[] {20_000, 99_999};
            default -> null;
        };
    }

    private static boolean vague(String number) {
        return vagueBounds(number) != null;
    }

    /** The value of a number as written. */
    static double value(String number) {
        String n = number.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", " ").strip();
        double[] vague = vagueBounds(n);
        if (vague != null) {
            return vague[0];
        }
        if (n.equals("a dozen")) {
            return 12;
        }
        Matcher digits = Pattern.compile(
                        "^(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\s*(million|thousand|hundred|bn|billion)?$")
                .matcher(n);
        if (digits.matches()) {
            return Double.parseDouble(digits.group(1).replace(",", "")) * scale(digits.group(2));
        }
        double total = 0;
        double current = 0;
        for (String word : n.split(" ")) {
            Integer small = WORDS.get(word);
            if (small != null) {
                current += small;
            } else if (word.equals("hundred")) {
                current = Math.max(current, 1) * 100;
            } else if (word.equals("thousand") || word.equals("million")) {
                total += Math.max(current, 1) * scale(word);
                current = 0;
            }
        }
        return total + current;
    }

    private static double scale(String word) {
        if (word == null) {
            return 1;
        }
        return switch (word) {
            case "hundred" -> 100;
            case "thousand" -> 1_000;
            case "million" -> 1_000_000;
            case "bn", "billion" -> 1_000_000_000;
            default -> 1;
        };
    }
}
