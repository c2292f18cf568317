package cn.xj.titlereview.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;

/**
 * The packaged product ({@code target/title-review.jar}, made by {@code mvn package} before the
 * integration tests) in a process of its own, as an installation runs it: for what a test cannot do
 * inside the shared test JVM (a second product there would take over the JVM-wide registries of
 * the engine and Quartz) or must do to a whole process (kill -9).
 */
public final class ProductProcess {

    /** TEST-ONLY key (the same public one as test.properties): the mysql profile refuses to start without one. */
    public static final String ID_NUMBER_KEY = "7NGE4EuM0xU1OwXoLJuOOdBRWljf/pqhJ5n4zOS0xL8=";
    private static final Duration START_LIMIT = Duration.ofMinutes(4);

    private final Process process;
    private final int port;
    private final Path log;

    private ProductProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts the product with these command-line arguments (besides the port) and waits until it is up.
     *
     * @param name names the log file, {@code target/product-<name>.log}
     */
    public static ProductProcess start(String name, String... arguments) throws IOException, InterruptedException {
        Path jar = Path.of("target", "title-review.jar");
        assertThat(jar).as("the packaged product (mvn package runs before the integration tests)").exists();
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Path.of("target", "product-" + name + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-XX:TieredStopAtLevel=1", "-Duser.timezone=UTC", "-Dfile.encoding=UTF-8",
                "-jar", jar.toString(), "--server.port=" + port));
        command.addAll(List.of(arguments));
        // the demo campaign (a first start's applications) only where a test asks for it
        if (Stream.of(arguments).noneMatch(a -> a.startsWith("--titlereview.demo-campaign.enabled="))) {
            command.add("--titlereview.demo-campaign.enabled=false");
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ProductProcess product = new ProductProcess(process, port, log);
        product.awaitUp();
        return product;
    }

    /** Where a browser reaches the product, e.g. http://127.0.0.1:41234. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public TestRestTemplate rest() {
        return new TestRestTemplate(new RestTemplateBuilder().rootUri("http://127.0.0.1:" + port));
    }

    /** kill -9 (SIGKILL): no shutdown hook, no clean stop. */
    public void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    /** A clean stop (SIGTERM): the product's shutdown hooks run. */
    public void stop() {
        process.destroy();
        awaitExit();
    }

    /** The last lines of the product's log. */
    public String tail() throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    private void awaitExit() {
        try {
            if (!process.waitFor(1, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor(1, TimeUnit.MINUTES);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits for the health endpoint; the process's own log if it dies or takes too long. */
    private void awaitUp() throws IOException, InterruptedException {
        TestRestTemplate rest = rest();
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the product stopped during start-up:\n" + tail());
            }
            try {
                if (rest.getForEntity("/actuator/health", String.class).getStatusCode().is2xxSuccessful()) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        kill();
        throw new AssertionError("the product did not start within " + START_LIMIT + ":\n" + tail());
    }
}
