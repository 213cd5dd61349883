package org.wpo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wpo.cli.Fixtures.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The shaded jar's {@code wpo lsp}, run as its own process, spoken to in raw JSON-RPC over stdio (and
 * over a socket): initialize, didOpen, publishDiagnostics, completion, hover, rename, shutdown, exit.
 * Every byte on stdout must belong to a framed JSON-RPC message. Every wait is bounded.
 */
class WpoLspIT {

	private static final long TIMEOUT_SECONDS = 120;

	static final String MAIN = """
			model lab
			import mswpo

			area 1 "Calls" {
				protocol MS-CALL "Call Protocol" {
					layer session
					runs-over MS-RPCE, Relay
					runs-over Nowhere
				}
			}
			""";

	static final String OTHER = """
			model lab
			area 2 "Other" {
				technology Relay "Message relay"
			}
			""";

	@TempDir
	Path dir;

	private Process process;

	@AfterEach
	void stop() {
		if (process != null && process.isAlive()) {
			process.destroyForcibly();
		}
	}

	@Test
	void stdioSession() throws Exception {
		Path workspace = dir.resolve("models");
		Path main = write(workspace.resolve("main.wpo"), MAIN);
		write(workspace.resolve("other.wpo"), OTHER);
		process = start(workspace, "lsp");
		Connection lsp = new Connection(process.getInputStream(), process.getOutputStream());

		JsonObject initialized = lsp.request("initialize", initializeParams(workspace));
		JsonObject capabilities = initialized.getAsJsonObject("result").getAsJsonObject("capabilities");
		assertTrue(capabilities.get("hoverProvider").getAsBoolean(), capabilities::toString);
		assertTrue(capabilities.has("completionProvider"), capabilities::toString);
		assertTrue(capabilities.get("renameProvider").getAsBoolean(), capabilities::toString);
		assertTrue(capabilities.get("codeActionProvider").getAsBoolean(), capabilities::toString);
		lsp.notify("initialized", new JsonObject());

		String mainUri = uri(main);
		JsonObject open = new JsonObject();
		JsonObject item = new JsonObject();
		item.addProperty("uri", mainUri);
		item.addProperty("languageId", "wpo");
		item.addProperty("version", 1);
		item.addProperty("text", MAIN);
		open.add("textDocument", item);
		lsp.notify("textDocument/didOpen", open);

		// The diagnostics wpo check prints for the same file.
		JsonObject published = lsp.await(m -> "textDocument/publishDiagnostics".equals(method(m))
				&& mainUri.equals(m.getAsJsonObject("params").get("uri").getAsString())
				&& m.getAsJsonObject("params").getAsJsonArray("diagnostics").size() > 0);
		JsonArray diagnostics = published.getAsJsonObject("params").getAsJsonArray("diagnostics");
		assertEquals(1, diagnostics.size(), diagnostics::toString);
		JsonObject diagnostic = diagnostics.get(0).getAsJsonObject();
		assertEquals("wpo.unresolved-reference", diagnostic.get("code").getAsString());
		assertEquals("Unresolved reference: no specification or technology named 'Nowhere' is visible here.",
				diagnostic.get("message").getAsString());
		assertEquals(1, diagnostic.get("severity").getAsInt());
		assertEquals(position(7, 12), diagnostic.getAsJsonObject("range").getAsJsonObject("start"));

		// Completion of MS-R: the built-in model's specifications with their titles.
		JsonObject completion = lsp.request("textDocument/completion", positionParams(mainUri, 6, 16));
		JsonArray items = completion.getAsJsonObject("result").getAsJsonArray("items");
		JsonObject rpce = find(items, i -> "MS-RPCE".equals(i.get("label").getAsString()));
		assertNotNull(rpce, items::toString);
		assertEquals("protocol — Remote Procedure Call Protocol Extensions", rpce.get("detail").getAsString());

		// Hover on MS-RPCE.
		JsonObject hover = lsp.request("textDocument/hover", positionParams(mainUri, 6, 15));
		String markdown = hover.getAsJsonObject("result").getAsJsonObject("contents").get("value").getAsString();
		assertTrue(markdown.startsWith("**protocol** `MS-RPCE` — Remote Procedure Call Protocol Extensions\n"),
				markdown);
		assertTrue(markdown.contains("- Area: 7.3.1 RPC\n"), markdown);

		// Rename Relay: the declaration in other.wpo and the reference in main.wpo.
		JsonObject renameParams = positionParams(mainUri, 6, 23);
		renameParams.addProperty("newName", "Hub");
		JsonObject rename = lsp.request("textDocument/rename", renameParams);
		JsonObject changes = rename.getAsJsonObject("result").getAsJsonObject("changes");
		String otherUri = uri(workspace.resolve("other.wpo"));
		assertEquals(List.of(mainUri, otherUri).stream().sorted().toList(),
				changes.keySet().stream().sorted().toList(), changes::toString);
		assertEquals("Hub", changes.getAsJsonArray(mainUri).get(0).getAsJsonObject().get("newText").getAsString());
		assertEquals(position(6, 21), changes.getAsJsonArray(mainUri).get(0).getAsJsonObject()
				.getAsJsonObject("range").getAsJsonObject("start"));

		JsonObject shutdown = lsp.request("shutdown", null);
		assertTrue(shutdown.has("result"), shutdown::toString);
		lsp.notify("exit", null);

		assertTrue(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS), "the server did not end after exit");
		assertEquals(0, process.exitValue());
		assertEquals(List.of(), lsp.stray(), "stdout held something other than JSON-RPC");
		String stderr = Files.readString(dir.resolve("stderr.txt"));
		assertFalse(stderr.contains("Exception"), stderr);
		// The built-in model was written below XDG_CACHE_HOME, where go to definition leads.
		List<Path> copies;
		try (var listed = Files.list(dir.resolve("cache/wpo/library"))) {
			copies = listed.toList();
		}
		assertEquals(1, copies.size(), copies::toString);
		assertTrue(Files.isRegularFile(copies.get(0).resolve("mswpo/07-networking.wpo")), copies::toString);
	}

	@Test
	void socketSessionOnTheLoopbackAddress() throws Exception {
		Path workspace = dir.resolve("models");
		write(workspace.resolve("main.wpo"), MAIN);
		process = start(workspace, "lsp", "--port", "0");
		int port = awaitPort(dir.resolve("stderr.txt"));
		try (Socket socket = new Socket("127.0.0.1", port)) {
			Connection lsp = new Connection(socket.getInputStream(), socket.getOutputStream());
			JsonObject initialized = lsp.request("initialize", initializeParams(workspace));
			assertTrue(initialized.getAsJsonObject("result").getAsJsonObject("capabilities").get("hoverProvider")
					.getAsBoolean());
			lsp.notify("initialized", new JsonObject());
			JsonObject published = lsp.await(m -> "textDocument/publishDiagnostics".equals(method(m))
					&& m.getAsJsonObject("params").getAsJsonArray("diagnostics").size() > 0);
			assertEquals("wpo.unresolved-reference", published.getAsJsonObject("params").getAsJsonArray("diagnostics")
					.get(0).getAsJsonObject().get("code").getAsString());
			lsp.request("shutdown", null);
			lsp.notify("exit", null);
			assertTrue(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS), "the server did not end after exit");
			assertEquals(0, process.exitValue());
		}
	}

	// ---------------------------------------------------------------- the process

	private Process start(Path workingDirectory, String... args) throws IOException {
		String jar = System.getProperty("wpo.jar");
		assertTrue(jar != null && Files.isRegularFile(Path.of(jar)), "the shaded jar is missing: " + jar);
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
				.redirectError(dir.resolve("stderr.txt").toFile());
		Map<String, String> environment = builder.environment();
		environment.put("XDG_CACHE_HOME", dir.resolve("cache").toString());
		return builder.start();
	}

	/** The port the server announces on stderr. */
	private int awaitPort(Path stderr) throws Exception {
		Pattern announced = Pattern.compile("wpo: language server listening on 127\\.0\\.0\\.1:(\\d+)");
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
		while (System.nanoTime() < deadline && process.isAlive()) {
			Matcher matcher = announced.matcher(Files.exists(stderr) ? Files.readString(stderr) : "");
			if (matcher.find()) {
				return Integer.parseInt(matcher.group(1));
			}
			Thread.sleep(50);
		}
		throw new AssertionError("no port announced: " + (Files.exists(stderr) ? Files.readString(stderr) : ""));
	}

	// ---------------------------------------------------------------- JSON-RPC

	static String uri(Path file) {
		return file.toUri().toString().replaceFirst("^file:/(?!/)", "file:///");
	}

	static JsonObject initializeParams(Path workspace) {
		JsonObject params = new JsonObject();
		params.addProperty("processId", ProcessHandle.current().pid());
		params.addProperty("rootUri", uri(workspace));
		JsonArray folders = new JsonArray();
		JsonObject folder = new JsonObject();
		folder.addProperty("uri", uri(workspace));
		folder.addProperty("name", "models");
		folders.add(folder);
		params.add("workspaceFolders", folders);
		params.add("capabilities", JsonParser.parseString("{\"workspace\":{\"workspaceFolders\":true}}"));
		return params;
	}

	static JsonObject positionParams(String uri, int line, int character) {
		JsonObject params = new JsonObject();
		JsonObject document = new JsonObject();
		document.addProperty("uri", uri);
		params.add("textDocument", document);
		params.add("position", position(line, character));
		return params;
	}

	static JsonObject position(int line, int character) {
		JsonObject position = new JsonObject();
		position.addProperty("line", line);
		position.addProperty("character", character);
		return position;
	}

	static String method(JsonObject message) {
		return message.has("method") ? message.get("method").getAsString() : null;
	}

	private static JsonObject find(JsonArray array, Predicate<JsonObject> test) {
		for (JsonElement element : array) {
			if (test.test(element.getAsJsonObject())) {
				return element.getAsJsonObject();
			}
		}
		return null;
	}

	/**
	 * One JSON-RPC connection: writes framed messages, reads framed messages on a thread, answers the
	 * server's own requests with null, and keeps anything on the stream that is not a framed message.
	 */
	static final class Connection {

		private final OutputStream out;
		private final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
		private final List<String> stray = new ArrayList<>();
		private int nextId = 1;

		Connection(InputStream in, OutputStream out) {
			this.out = out;
			Thread reader = new Thread(() -> read(in), "lsp-reader");
			reader.setDaemon(true);
			reader.start();
		}

		JsonObject request(String method, JsonObject params) throws Exception {
			JsonObject response = call(method, params);
			assertFalse(response.has("error"), response::toString);
			return response;
		}

		/** Sends a request and returns its response, whether a result or an error. */
		JsonObject call(String method, JsonObject params) throws Exception {
			int id = nextId();
			JsonObject message = new JsonObject();
			message.addProperty("jsonrpc", "2.0");
			message.addProperty("id", id);
			message.addProperty("method", method);
			if (params != null) {
				message.add("params", params);
			}
			send(message);
			return awaitResponse(id);
		}

		/** The response to the request with this id. */
		JsonObject awaitResponse(int id) throws Exception {
			return await(m -> !m.has("method") && m.has("id") && !m.get("id").isJsonNull()
					&& m.get("id").getAsJsonPrimitive().isNumber() && m.get("id").getAsInt() == id);
		}

		/** The next response whose id is null (the answer to a message the server could not read). */
		JsonObject awaitResponseWithoutId() throws Exception {
			return await(m -> !m.has("method") && m.has("id") && m.get("id").isJsonNull());
		}

		/** A request id not used before. */
		synchronized int nextId() {
			return nextId++;
		}

		/** Writes bytes as they are, framed or not. */
		synchronized void sendRaw(byte[] bytes) throws IOException {
			out.write(bytes);
			out.flush();
		}

		void notify(String method, JsonObject params) throws IOException {
			JsonObject message = new JsonObject();
			message.addProperty("jsonrpc", "2.0");
			message.addProperty("method", method);
			if (params != null) {
				message.add("params", params);
			}
			send(message);
		}

		/** The first message (from now or already received) that passes the test; fails after the timeout. */
		JsonObject await(Predicate<JsonObject> test) throws Exception {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
			List<JsonObject> skipped = new ArrayList<>();
			try {
				while (true) {
					long left = deadline - System.nanoTime();
					JsonObject message = left <= 0 ? null : received.poll(left, TimeUnit.NANOSECONDS);
					if (message == null) {
						throw new AssertionError("no expected message within " + TIMEOUT_SECONDS + " s; got " + skipped
								+ "; stray " + stray);
					}
					if (test.test(message)) {
						return message;
					}
					skipped.add(message);
				}
			} finally {
				// Put back what others may wait for, in order.
				List<JsonObject> rest = new ArrayList<>(skipped);
				received.drainTo(rest);
				received.addAll(rest);
			}
		}

		/** The messages received and not yet awaited, oldest first. */
		List<JsonObject> pending() {
			return List.copyOf(received);
		}

		/** Forgets the messages received so far (older diagnostics, say). */
		void forget() {
			received.clear();
		}

		List<String> stray() {
			synchronized (stray) {
				return List.copyOf(stray);
			}
		}

		synchronized void send(JsonObject message) throws IOException {
			byte[] body = message.toString().getBytes(StandardCharsets.UTF_8);
			out.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			out.write(body);
			out.flush();
		}

		private void read(InputStream in) {
			try {
				while (true) {
					String header = readHeader(in);
					if (header == null) {
						return;
					}
					Matcher length = Pattern.compile("(?im)^Content-Length: *(\\d+)\\r?$").matcher(header);
					if (!header.startsWith("Content-Length:") || !length.find()) {
						synchronized (stray) {
							stray.add(header);
						}
						return;
					}
					byte[] body = in.readNBytes(Integer.parseInt(length.group(1)));
					JsonObject message = JsonParser.parseString(new String(body, StandardCharsets.UTF_8))
							.getAsJsonObject();
					if (message.has("method") && message.has("id")) {
						// A request of the server (registerCapability, ...): accept it.
						JsonObject reply = new JsonObject();
						reply.addProperty("jsonrpc", "2.0");
						reply.add("id", message.get("id"));
						reply.add("result", null);
						send(reply);
					} else {
						received.add(message);
					}
				}
			} catch (IOException | RuntimeException e) {
				synchronized (stray) {
					stray.add("unreadable: " + e);
				}
			}
		}

		/** The header block up to the blank line, or null at the end of the stream. */
		private static String readHeader(InputStream in) throws IOException {
			ByteArrayOutputStream header = new ByteArrayOutputStream();
			int previous = -1;
			int lineLength = 0;
			while (true) {
				int b = in.read();
				if (b < 0) {
					return header.size() == 0 ? null : header.toString(StandardCharsets.US_ASCII);
				}
				header.write(b);
				if (b == '\n') {
					if (lineLength == 0 || lineLength == 1 && previous == '\r') {
						return header.toString(StandardCharsets.US_ASCII);
					}
					lineLength = 0;
				} else {
					lineLength++;
				}
				previous = b;
			}
		}
	}
}
