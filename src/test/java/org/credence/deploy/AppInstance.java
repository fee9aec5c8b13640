package org.credence.deploy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The app as its own operating-system process, started from this build's classes the way
 * {@code java -jar} would run it, so a test can kill it with SIGKILL or run two of them side by side.
 */
public final class AppInstance implements AutoCloseable {

    static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final String name;
    private final List<String> arguments;
    private final Path log;
    private final Path home;
    private final Path jar;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;
    private String maxHeap = "512m";
    private List<String> jvmArguments = List.of();
    public final int port;

    /**
     * {@code arguments} are Spring properties, e.g. {@code --spring.datasource.url=…}; {@code home} is
     * the working directory, where the default H2 database ({@code ./data}) is made.
     */
    public AppInstance(String name, List<String> arguments, Path home) throws IOException {
        this(name, arguments, home, null);
    }

    /** As above, run with {@code java -jar jar} (a packaged build) instead of this build's classes. */
    public AppInstance(String name, List<String> arguments, Path home, Path jar) throws IOException {
        this.jar = jar;
        this.name = name;
        this.home = home;
        this.arguments = arguments;
        this.port = freePort();
        Path logs = Path.of("target", "instances").toAbsolutePath();
        Files.createDirectories(logs);
        this.log = logs.resolve(name + ".log");
    }

    /** The process's maximum heap ({@code -Xmx}), 512m unless set before {@link #start()}. */
    public AppInstance maxHeap(String heap) {
        this.maxHeap = heap;
        return this;
    }

    /** More JVM options, e.g. {@code -XX:SharedArchiveFile=…}, set before {@link #start()}. */
    public AppInstance jvmArguments(List<String> options) {
        this.jvmArguments = List.copyOf(options);
        return this;
    }

    /**
     * Starts the process and waits until it serves the login page and the API signs in a demo account
     * (accounts are made just after the server starts listening); returns the start-up time.
     */
    public Duration start() throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + maxHeap));
        command.addAll(jvmArguments);
        command.addAll(
                jar == null
                        ? List.of("-cp", System.getProperty("java.class.path"), "org.credence.Application")
                        : List.of("-jar", jar.toString()));
        command.addAll(List.of(
                "--server.port=" + port, "--credence.accounts.demo-users=true", "--vaadin.launch-browser=false"));
        if (arguments.stream().noneMatch(a -> a.startsWith("--credence.import.import-seeds="))) {
            command.add("--credence.import.import-seeds=false"); // a repeated option would become a list
        }
        command.addAll(arguments);
        long started = System.nanoTime();
        process = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        long deadline = started + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> login = http.send(
                        HttpRequest.newBuilder(url("/login"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (login.statusCode() == 200
                        && http.send(
                                                api("/api/documents?size=1", "editor")
                                                        .build(),
                                                HttpResponse.BodyHandlers.discarding())
                                        .statusCode()
                                == 200
                        && allDemoAccountsExist()) {
                    return Duration.ofNanos(System.nanoTime() - started);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(name + " did not start within " + START_TIMEOUT + "; see " + log);
    }

    /**
     * The accounts are made one by one, in no fixed order, after the server listens: one of them signing in
     * says nothing of the others (and asking for one not made yet would count as a failed sign-in).
     */
    private boolean allDemoAccountsExist() throws IOException {
        return Files.exists(log) && Files.readString(log).contains("Demo accounts [");
    }

    /**
     * Runs the app as a command that ends by itself (e.g. {@code --credence.import.run=…}) and returns its
     * exit code; its output is in {@link #log()}.
     */
    public int runToExit(Duration limit) throws IOException, InterruptedException {
        String javaCommand = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(
                javaCommand,
                "-Xmx" + maxHeap,
                "-cp",
                System.getProperty("java.class.path"),
                "org.credence.Application"));
        command.addAll(List.of("--server.port=" + port, "--vaadin.launch-browser=false"));
        command.addAll(arguments);
        Files.deleteIfExists(log); // this run's output only
        process = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        if (!process.waitFor(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            kill();
            throw new IllegalStateException(name + " did not end within " + limit + "; see " + log);
        }
        return process.exitValue();
    }

    public Path log() {
        return log;
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    public URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** A request as a demo account (password "demo"). */
    public HttpRequest.Builder api(String path, String username) {
        return HttpRequest.newBuilder(url(path))
                .timeout(Duration.ofSeconds(60))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8)));
    }

    /** One import request with these plain-text files (multipart field {@code file}, repeated). */
    public HttpRequest importRequest(List<String> names, List<String> texts, String username) {
        String boundary = "credence-" + java.util.UUID.randomUUID();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            body.append("--")
                    .append(boundary)
                    .append("\r\n")
                    .append("Content-Disposition: form-data; name=\"file\"; filename=\"")
                    .append(names.get(i))
                    .append("\"\r\n")
                    .append("Content-Type: text/plain\r\n\r\n")
                    .append(texts.get(i))
                    .append("\r\n");
        }
        body.append("--").append(boundary).append("--\r\n");
        return api("/api/documents", username)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                .build();
    }

    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
