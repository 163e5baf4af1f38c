package dev.tcc.cli.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test helper: a static file server on 127.0.0.1 (a free port) over one folder, counting the requests per path.
 * Answers {@code Cache-Control: no-store}, so a file a page gets without asking came from Cache Storage, never
 * from the browser's HTTP cache.
 */
public final class StaticServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of("js", "text/javascript", "mjs", "text/javascript", "html", "text/html; charset=utf-8",
            "json", "application/json", "wgsl", "text/plain; charset=utf-8", "bin", "application/octet-stream");

    private final Path root;
    private final HttpServer server;
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

    public StaticServer(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::serve);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    /** The URL of {@code path} (relative to the root folder, forward slashes). */
    public String url(String path) { return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path; }

    /** How many requests reached the server for {@code path} (relative, as in {@link #url}). */
    public int requests(String path) {
        AtomicInteger n = requests.get("/" + path);
        return n == null ? 0 : n.get();
    }

    /** Every path requested so far. */
    public List<String> paths() { return requests.keySet().stream().sorted().toList(); }

    private void serve(HttpExchange x) throws IOException {
        try (x) {
            String path = URI.create(x.getRequestURI().getRawPath()).getPath();
            requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            Path file = root.resolve(path.substring(1)).normalize();
            if (!x.getRequestMethod().equals("GET") || !file.startsWith(root) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                x.sendResponseHeaders(404, -1);
                return;
            }
            String name = file.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1);
            x.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
            x.getResponseHeaders().set("Cache-Control", "no-store");
            byte[] bytes = Files.readAllBytes(file);
            x.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = x.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override public void close() { server.stop(0); ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow(); }
}
