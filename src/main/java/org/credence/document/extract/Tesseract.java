package org.credence.document.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds out whether Tesseract is installed, the way Tika will call it (the program on the PATH). */
public final class Tesseract {

    static final String INSTALL_HINT =
            "install it with scripts/ensure-tesseract, or: sudo apt-get install tesseract-ocr";

    private static final Pattern VERSION = Pattern.compile("tesseract\\s+v?(\\d+(\\.\\d+)*)", Pattern.CASE_INSENSITIVE);

    private Tesseract() {}

    /** "Tesseract 5.3.0" when {@code command} runs, empty when it is not installed. */
    public static Optional<String> version(String command) {
        try {
            Process process = new ProcessBuilder(command, "--version")
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                return Optional.empty();
            }
            Matcher version = VERSION.matcher(output);
            return Optional.of(version.find() ? "Tesseract " + version.group(1) : "Tesseract");
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
