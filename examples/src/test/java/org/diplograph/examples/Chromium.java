package org.diplograph.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headless chromium (Debian's, {@link RequiredTools#CHROMIUM}) driven through the DevTools protocol over its
 * WebSocket, with the JDK's own HTTP client: no driver to install. One page; it records every request the
 * page makes (WebSockets included) and whether chromium blocked it, so a test can check that nothing left the machine.
 */
public final class Chromium implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DEVTOOLS = Pattern.compile("DevTools listening on (ws://\\S+)");

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final Map<String, Request> requests = Collections.synchronizedMap(new java.util.LinkedHashMap<>());

    /**
     * A request the page made.
     *
     * @param url          where to
     * @param blockedBy    why chromium did not send it ({@code csp}: the page's content security policy), or null when sent
     */
    public record Request(String url, String blockedBy) {
    }

    private Chromium(Process process, WebSocket socket) {
        this.process = process;
        this.socket = socket;
    }

    /**
     * Starts chromium headless with a new, empty profile and no background networking, and opens a blank page.
     *
     * @param profile an empty folder for the profile
     * @return the browser
     * @throws IOException when chromium cannot be started
     */
    public static Chromium start(Path profile) throws Exception {
        Files.createDirectories(profile);
        Process process = new ProcessBuilder(RequiredTools.CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1400,900",
                "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String browserSocket = null;
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        for (String line = err.readLine(); line != null; line = err.readLine()) {
            Matcher matcher = DEVTOOLS.matcher(line);
            if (matcher.find()) {
                browserSocket = matcher.group(1);
                break;
            }
        }
        if (browserSocket == null) {
            process.destroyForcibly();
            throw new IOException("chromium did not open its DevTools port");
        }
        Thread drain = new Thread(() -> err.lines().forEach(line -> { }), "chromium-stderr");
        drain.setDaemon(true);
        drain.start();

        URI devtools = URI.create(browserSocket);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create("http://" + devtools.getAuthority() + "/json/list"))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        String pageSocket = null;
        for (JsonNode target : JSON.readTree(list.body())) {
            if (target.path("type").asText().equals("page")) {
                pageSocket = target.path("webSocketDebuggerUrl").asText();
                break;
            }
        }
        if (pageSocket == null) {
            process.destroyForcibly();
            throw new IOException("chromium opened no page: " + list.body());
        }
        Chromium[] self = new Chromium[1];
        WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(pageSocket), new WebSocket.Listener() {
            private final StringBuilder message = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                message.append(data);
                if (last) {
                    String text = message.toString();
                    message.setLength(0);
                    self[0].received(text);
                }
                ws.request(1);
                return null;
            }
        }).get(30, TimeUnit.SECONDS);
        self[0] = new Chromium(process, socket);
        self[0].call("Network.enable", Map.of());
        self[0].call("Page.enable", Map.of());
        return self[0];
    }

    private void received(String text) {
        try {
            JsonNode message = JSON.readTree(text);
            if (message.has("id")) {
                CompletableFuture<JsonNode> waiting = pending.remove(message.get("id").asInt());
                if (waiting != null) {
                    waiting.complete(message);
                }
            } else {
                JsonNode params = message.path("params");
                String id = params.path("requestId").asText();
                switch (message.path("method").asText()) {
                    case "Network.requestWillBeSent" -> requests.put(id, new Request(params.path("request").path("url").asText(), null));
                    case "Network.webSocketCreated" -> requests.put(id, new Request(params.path("url").asText(), null));
                    case "Network.loadingFailed" -> {
                        if (params.hasNonNull("blockedReason")) {
                            requests.computeIfPresent(id, (key, r) -> new Request(r.url(), params.path("blockedReason").asText()));
                        }
                    }
                    default -> { }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("DevTools sent something that is not JSON: " + text, e);
        }
    }

    /**
     * Calls a DevTools method and waits for its result.
     *
     * @param method the method, such as {@code Page.navigate}
     * @param params its parameters
     * @return the result
     * @throws IllegalStateException when DevTools answers with an error
     */
    public JsonNode call(String method, Map<String, ?> params) {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", JSON.valueToTree(params));
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        try {
            socket.sendText(JSON.writeValueAsString(message), true).get(30, TimeUnit.SECONDS);
            JsonNode reply = answer.get(60, TimeUnit.SECONDS);
            if (reply.has("error")) {
                throw new IllegalStateException(method + " failed: " + reply.get("error"));
            }
            return reply.path("result");
        } catch (Exception e) {
            throw e instanceof IllegalStateException ise ? ise : new IllegalStateException(method + " failed", e);
        }
    }

    /** @param url the address to open in the page */
    public void navigate(String url) {
        call("Page.navigate", Map.of("url", url));
    }

    /**
     * @param expression JavaScript, evaluated in the page (promises awaited)
     * @return its value, as JSON
     */
    public JsonNode evaluate(String expression) {
        JsonNode result = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("The page threw: " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /** @param text typed into the focused element, as a user would (frameworks see input events) */
    public void type(String text) {
        call("Input.insertText", Map.of("text", text));
    }

    /**
     * Waits until a JavaScript condition holds in the page.
     *
     * @param what      what is awaited, for the message
     * @param condition JavaScript returning true or false
     * @param timeout   how long to wait
     * @throws IllegalStateException naming what did not happen
     */
    public void await(String what, String condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!evaluate("Boolean(" + condition + ")").asBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Waited " + timeout.toSeconds() + " s for " + what + "; the page says: "
                        + evaluate("document.body ? document.body.innerText.slice(0, 400) : document.readyState").asText()
                        + "; requests: " + requests());
            }
            Thread.sleep(250);
        }
    }

    /**
     * @param file where to write a PNG of the page as it is shown
     * @throws IOException when it cannot be written
     */
    public void screenshot(Path file) throws IOException {
        String png = call("Page.captureScreenshot", Map.of("format", "png")).path("data").asText();
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, Base64.getDecoder().decode(png));
    }

    /** @return every request the page made so far, WebSockets included, and whether chromium blocked it */
    public List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests.values());
        }
    }

    /** Closes the page and stops chromium: the process this started and its own children (renderers, zygote), by their handles. */
    @Override
    public void close() {
        socket.abort();
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
}
