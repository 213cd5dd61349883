package org.wpo.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A real headless Chromium driven over the Chrome DevTools protocol (a WebSocket, with the JDK's
 * own client): no driver, nothing downloaded. Every wait is bounded. Console messages of level
 * error, uncaught exceptions, failed loads and JavaScript dialogs (alert, confirm, prompt: each is
 * dismissed at once so that the page does not block) are collected as problems.
 */
final class Chromium implements AutoCloseable {

	static final Duration START = Duration.ofSeconds(60);
	static final Duration COMMAND = Duration.ofSeconds(60);

	private final Process process;
	private final WebSocket socket;
	private final String session;
	private final AtomicInteger ids = new AtomicInteger();
	private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
	private final List<String> problems = new ArrayList<>();
	private final LinkedBlockingQueue<String> output = new LinkedBlockingQueue<>();

	/**
	 * The Chromium binary every test uses: the system property wpo.chromium, else chromium (or
	 * chromium-browser) on the PATH; an error saying how to install it where there is none.
	 */
	static String binary() {
		return find().orElseThrow(() -> new AssertionError("Chromium is needed to check the report in a real"
				+ " browser (apt-get install chromium; .ci/run installs it), or name it with -Dwpo.chromium=PATH"));
	}

	/** The Chromium binary as {@link #binary()} finds it, or empty where there is none (for a test that skips). */
	static java.util.Optional<String> find() {
		String configured = System.getProperty("wpo.chromium", "");
		if (!configured.isEmpty()) {
			return java.util.Optional.of(configured);
		}
		for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
			for (String name : List.of("chromium", "chromium-browser")) {
				Path candidate = Path.of(dir, name);
				if (Files.isExecutable(candidate)) {
					return java.util.Optional.of(candidate.toString());
				}
			}
		}
		return java.util.Optional.empty();
	}

	Chromium(Path profile, int width, int height) throws Exception {
		Files.createDirectories(profile);
		process = new ProcessBuilder(binary(), "--headless", "--no-sandbox", "--disable-gpu",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--no-default-browser-check", "--disable-extensions", "--hide-scrollbars", "--mute-audio",
				"--user-data-dir=" + profile.toAbsolutePath(), "--remote-debugging-port=0",
				"--window-size=" + width + "," + height, "about:blank").redirectErrorStream(true).start();
		Thread reader = new Thread(() -> {
			try (BufferedReader in = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line = in.readLine(); line != null; line = in.readLine()) {
					output.add(line);
				}
			} catch (IOException e) {
				output.add("(output closed: " + e + ")");
			}
		}, "chromium-output");
		reader.setDaemon(true);
		reader.start();
		try {
			String url = devToolsUrl();
		socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(START)
				.buildAsync(URI.create(url), new Listener()).get(START.toSeconds(), TimeUnit.SECONDS);
		JsonObject target = call(null, "Target.createTarget", json("url", "about:blank"));
		JsonObject attach = new JsonObject();
		attach.addProperty("targetId", target.get("targetId").getAsString());
		attach.addProperty("flatten", true);
		session = call(null, "Target.attachToTarget", attach).get("sessionId").getAsString();
		send("Page.enable", new JsonObject());
		send("Runtime.enable", new JsonObject());
		send("Log.enable", new JsonObject());
		JsonObject metrics = new JsonObject();
		metrics.addProperty("width", width);
		metrics.addProperty("height", height);
		metrics.addProperty("deviceScaleFactor", 1);
		metrics.addProperty("mobile", false);
			send("Emulation.setDeviceMetricsOverride", metrics);
		} catch (Exception | Error e) {
			process.destroyForcibly();
			throw e;
		}
	}

	private String devToolsUrl() throws InterruptedException {
		Pattern pattern = Pattern.compile("DevTools listening on (ws://\\S+)");
		long end = System.nanoTime() + START.toNanos();
		StringBuilder seen = new StringBuilder();
		while (System.nanoTime() < end) {
			String line = output.poll(1, TimeUnit.SECONDS);
			if (line != null) {
				seen.append(line).append('\n');
				Matcher matcher = pattern.matcher(line);
				if (matcher.find()) {
					return matcher.group(1);
				}
			}
			if (!process.isAlive() && output.isEmpty()) {
				break;
			}
		}
		throw new AssertionError("Chromium did not start within " + START.toSeconds() + " s:\n" + seen);
	}

	private static JsonObject json(String key, String value) {
		JsonObject object = new JsonObject();
		object.addProperty(key, value);
		return object;
	}

	/** Sends a command to the page and waits for its result. */
	JsonObject send(String method, JsonObject params) throws Exception {
		return call(session, method, params);
	}

	private JsonObject call(String sessionId, String method, JsonObject params) throws Exception {
		int id = ids.incrementAndGet();
		JsonObject message = new JsonObject();
		message.addProperty("id", id);
		message.addProperty("method", method);
		message.add("params", params);
		if (sessionId != null) {
			message.addProperty("sessionId", sessionId);
		}
		CompletableFuture<JsonObject> answer = new CompletableFuture<>();
		pending.put(id, answer);
		socket.sendText(message.toString(), true).get(COMMAND.toSeconds(), TimeUnit.SECONDS);
		JsonObject reply;
		try {
			reply = answer.get(COMMAND.toSeconds(), TimeUnit.SECONDS);
		} catch (TimeoutException e) {
			throw new AssertionError(method + " got no answer within " + COMMAND.toSeconds() + " s");
		}
		if (reply.has("error")) {
			throw new AssertionError(method + " failed: " + reply.get("error"));
		}
		return reply.getAsJsonObject("result");
	}

	/** Opens a URL and waits until the document and everything it loads are complete. */
	void open(String url) throws Exception {
		JsonObject result = send("Page.navigate", json("url", url));
		if (result.has("errorText")) {
			throw new AssertionError("cannot open " + url + ": " + result.get("errorText"));
		}
		waitFor("document.readyState === 'complete' && location.href === " + JsonParser.parseString("\"" + url + "\""),
				Duration.ofSeconds(30));
	}

	/** Evaluates a JavaScript expression in the page and returns its value (JSON-serializable). */
	JsonElement evaluate(String expression) throws Exception {
		JsonObject params = new JsonObject();
		params.addProperty("expression", expression);
		params.addProperty("returnByValue", true);
		params.addProperty("awaitPromise", true);
		JsonObject result = send("Runtime.evaluate", params);
		if (result.has("exceptionDetails")) {
			throw new AssertionError("the page threw on " + expression + ": " + result.get("exceptionDetails"));
		}
		JsonObject value = result.getAsJsonObject("result");
		return value.has("value") ? value.get("value") : null;
	}

	/** Polls an expression until it is true, for at most the given time. */
	void waitFor(String expression, Duration limit) throws Exception {
		long end = System.nanoTime() + limit.toNanos();
		while (true) {
			JsonElement value = evaluate(expression);
			if (value != null && value.isJsonPrimitive() && value.getAsBoolean()) {
				return;
			}
			if (System.nanoTime() > end) {
				throw new AssertionError("not true within " + limit.toSeconds() + " s: " + expression);
			}
			Thread.sleep(100);
		}
	}

	/** Types text into the focused element, as a user would. */
	void type(String text) throws Exception {
		send("Input.insertText", json("text", text));
	}

	/** Presses a key that produces no text, such as Enter. */
	void press(String key, int code) throws Exception {
		for (String type : List.of("rawKeyDown", "char", "keyUp")) {
			JsonObject event = new JsonObject();
			event.addProperty("type", type);
			event.addProperty("key", key);
			event.addProperty("code", key);
			event.addProperty("windowsVirtualKeyCode", code);
			if (type.equals("char")) {
				event.addProperty("text", "\r");
			}
			send("Input.dispatchKeyEvent", event);
		}
	}

	/** Modifier bits of Input.dispatchMouseEvent and Input.dispatchKeyEvent. */
	static final int ALT = 1;
	static final int CTRL = 2;
	static final int META = 4;
	static final int SHIFT = 8;

	private void mouse(String type, double x, double y, String button, int buttons, int clickCount, int modifiers)
			throws Exception {
		JsonObject event = new JsonObject();
		event.addProperty("type", type);
		event.addProperty("x", x);
		event.addProperty("y", y);
		event.addProperty("button", button);
		event.addProperty("buttons", buttons);
		event.addProperty("clickCount", clickCount);
		event.addProperty("modifiers", modifiers);
		send("Input.dispatchMouseEvent", event);
	}

	/** Moves the mouse, with no button down, to a point of the viewport (CSS pixels). */
	void mouseMove(double x, double y) throws Exception {
		mouse("mouseMoved", x, y, "none", 0, 0, 0);
	}

	/** A left click at a point of the viewport: move there, press, release. */
	void click(double x, double y) throws Exception {
		click(x, y, 0);
	}

	void click(double x, double y, int modifiers) throws Exception {
		mouse("mouseMoved", x, y, "none", 0, 0, modifiers);
		mouse("mousePressed", x, y, "left", 1, 1, modifiers);
		mouse("mouseReleased", x, y, "left", 0, 1, modifiers);
	}

	/** A double click, as the browser sees one: two clicks, the second with clickCount 2. */
	void doubleClick(double x, double y) throws Exception {
		mouse("mouseMoved", x, y, "none", 0, 0, 0);
		mouse("mousePressed", x, y, "left", 1, 1, 0);
		mouse("mouseReleased", x, y, "left", 0, 1, 0);
		mouse("mousePressed", x, y, "left", 1, 2, 0);
		mouse("mouseReleased", x, y, "left", 0, 2, 0);
	}

	/** Drags with the left button from one point to another through {@code steps} moves. */
	void drag(double fromX, double fromY, double toX, double toY, int steps) throws Exception {
		mouse("mouseMoved", fromX, fromY, "none", 0, 0, 0);
		mouse("mousePressed", fromX, fromY, "left", 1, 1, 0);
		for (int i = 1; i <= steps; i++) {
			double t = (double) i / steps;
			mouse("mouseMoved", fromX + (toX - fromX) * t, fromY + (toY - fromY) * t, "left", 1, 0, 0);
		}
		mouse("mouseReleased", toX, toY, "left", 0, 1, 0);
	}

	/**
	 * Presses and releases a key that types no text (Delete, Escape, or a letter with Ctrl), with
	 * modifier bits; {@code code} is the DOM code such as "KeyZ", {@code keyCode} the Windows one.
	 */
	void key(String key, String code, int keyCode, int modifiers) throws Exception {
		for (String type : List.of("rawKeyDown", "keyUp")) {
			JsonObject event = new JsonObject();
			event.addProperty("type", type);
			event.addProperty("key", key);
			event.addProperty("code", code);
			event.addProperty("windowsVirtualKeyCode", keyCode);
			event.addProperty("modifiers", modifiers);
			send("Input.dispatchKeyEvent", event);
		}
	}

	/** Saves what the viewport shows as a PNG file. */
	void screenshot(Path file) throws Exception {
		JsonObject params = new JsonObject();
		params.addProperty("format", "png");
		String data = send("Page.captureScreenshot", params).get("data").getAsString();
		Files.createDirectories(file.getParent());
		Files.write(file, Base64.getDecoder().decode(data));
	}

	/** The problems reported since the last call: console errors, exceptions, failed loads. */
	synchronized List<String> takeProblems() {
		List<String> taken = List.copyOf(problems);
		problems.clear();
		return taken;
	}

	private synchronized void event(JsonObject message) {
		String method = message.get("method").getAsString();
		JsonObject params = message.getAsJsonObject("params");
		switch (method) {
		case "Runtime.consoleAPICalled" -> {
			String type = params.get("type").getAsString();
			if (type.equals("error") || type.equals("assert") || type.equals("warning")) {
				problems.add("console." + type + ": " + params.get("args"));
			}
		}
		case "Runtime.exceptionThrown" -> problems.add("exception: " + params.get("exceptionDetails"));
		case "Page.javascriptDialogOpening" -> {
			problems.add("dialog " + params.get("type").getAsString() + ": " + params.get("message").getAsString());
			dismissDialog(message);
		}
		case "Log.entryAdded" -> {
			JsonObject entry = params.getAsJsonObject("entry");
			if (!entry.get("level").getAsString().equals("verbose") && !entry.get("level").getAsString().equals("info")) {
				problems.add("log " + entry.get("level").getAsString() + ": " + entry.get("text").getAsString()
						+ (entry.has("url") ? " (" + entry.get("url").getAsString() + ")" : ""));
			}
		}
		default -> {
		}
		}
	}

	/** Answers an open dialog without waiting, since this runs on the thread that reads the answers. */
	private void dismissDialog(JsonObject event) {
		JsonObject command = new JsonObject();
		command.addProperty("id", ids.incrementAndGet());
		command.addProperty("method", "Page.handleJavaScriptDialog");
		JsonObject params = new JsonObject();
		params.addProperty("accept", false);
		command.add("params", params);
		if (event.has("sessionId")) {
			command.add("sessionId", event.get("sessionId"));
		}
		socket.sendText(command.toString(), true);
	}

	private final class Listener implements WebSocket.Listener {
		private final StringBuilder partial = new StringBuilder();

		@Override
		public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
			partial.append(data);
			if (last) {
				JsonObject message = JsonParser.parseString(partial.toString()).getAsJsonObject();
				partial.setLength(0);
				if (message.has("id")) {
					CompletableFuture<JsonObject> answer = pending.remove(message.get("id").getAsInt());
					if (answer != null) {
						answer.complete(message);
					}
				} else if (message.has("method")) {
					event(message);
				}
			}
			webSocket.request(1);
			return null;
		}
	}

	@Override
	public void close() throws Exception {
		try {
			if (socket != null) {
				socket.sendText("{\"id\":" + ids.incrementAndGet() + ",\"method\":\"Browser.close\"}", true)
						.get(10, TimeUnit.SECONDS);
			}
		} catch (Exception e) {
			// The process is ended below in any case.
		}
		if (!process.waitFor(20, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			process.waitFor(20, TimeUnit.SECONDS);
		}
	}
}
