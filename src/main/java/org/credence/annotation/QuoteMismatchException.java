package org.credence.annotation;

/** The quote a client sent does not match the document's text at the given offsets. */
public class QuoteMismatchException extends InvalidSpanException {

    public QuoteMismatchException(int start, int end, String expected, String actual) {
        super("The text at " + start + "–" + end + " is “" + abbreviate(actual) + "”, not “" + abbreviate(expected)
                + "”: the offsets or the document are not the ones you think.");
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 59) + "…";
    }
}
