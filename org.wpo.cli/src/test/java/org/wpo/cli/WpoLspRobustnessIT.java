package org.wpo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wpo.cli.Fixtures.write;
import static org.wpo.cli.WpoLspIT.initializeParams;
import static org.wpo.cli.WpoLspIT.method;
import static org.wpo.cli.WpoLspIT.position;
import static org.wpo.cli.WpoLspIT.positionParams;
import static org.wpo.cli.WpoLspIT.uri;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wpo.cli.WpoLspIT.Connection;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The shaded jar's {@code wpo lsp} as its own process, sent what a broken client sends: bodies that are
 * not JSON, JSON that is no JSON-RPC message, params of the wrong types, wrong or missing
 * Content-Length headers, unknown methods, edits outside the text and requests about documents never
 * opened. Each gets the answer JSON-RPC asks for (the exact error code, with the request's id where it
 * could be read, else null), and after each the server still answers a hover with the right text. The
 * log on stderr has one line per problem and no stack trace, and the server ends with status 0.
 */
class WpoLspRobustnessIT {

	private static final long TIMEOUT_SECONDS = 120;

	static final String EDIT = """
			model lab
			area 3 "Edits" {
				technology Alpha
			}
			""";

	@TempDir
	Path dir;

	private Process process;

	private Connection lsp;

	private String mainUri;

	private String editUri;

	@AfterEach
	void stop() {
		if (process != null && process.isAlive()) {
			process.destroyForcibly();
		}
	}

	@Test
	void malformedMessagesAreAnsweredAndTheServerGoesOn() throws Exception {
		startAndOpen();
		String hover = hoverRequest(mainUri, 6, 15);

		// (a) Bodies that are not JSON.
		assertAnswerWithoutId(frame("this is not json"), -32700);
		assertAnswerWithoutId(frame("{\"jsonrpc\":\"2.0\",\"id\":"), -32700);
		assertAnswerWithoutId(frame(""), -32700);

		// (b) JSON that is no JSON-RPC message.
		assertAnswerWithoutId(frame("{\"hello\":\"world\"}"), -32600);
		assertAnswerWithoutId(frame("[1,2,3]"), -32600);
		assertAnswerWithoutId(frame("42"), -32600);
		assertAnswerWithoutId(frame("{\"jsonrpc\":\"2.0\",\"id\":{\"a\":1},\"method\":\"textDocument/hover\"}"), -32600);

		// (c) Requests whose params have the wrong types, or lack what the method needs.
		int id = lsp.nextId();
		assertAnswer(id, frame(request(id, "textDocument/hover", "{\"textDocument\":{\"uri\":\"" + mainUri
				+ "\"},\"position\":{\"line\":\"six\",\"character\":15}}")), -32602,
				"invalid params of 'textDocument/hover': Expected an int but was six");
		id = lsp.nextId();
		assertAnswer(id, frame(request(id, "textDocument/hover", "\"hello\"")), -32602,
				"invalid params of 'textDocument/hover': Expected BEGIN_OBJECT but was STRING");
		id = lsp.nextId();
		assertAnswer(id, frame(request(id, "textDocument/hover", null)), -32602,
				"invalid params of 'textDocument/hover': params are missing");
		id = lsp.nextId();
		assertAnswer(id, frame(request(id, "textDocument/hover", "{\"textDocument\":{\"uri\":\"" + mainUri + "\"}}")),
				-32602, "invalid params of 'textDocument/hover': The accessor 'TextDocumentPositionParams.getPosition()'");

		// A notification whose params have the wrong types: no answer, one line in the log, main.wpo unchanged.
		lsp.sendRaw(frame("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"textDocument\":"
				+ "{\"uri\":\"" + mainUri + "\",\"version\":2},\"contentChanges\":\"x\"}}"));
		assertServing();

		// (d) Content-Length smaller and larger than the body, missing, not a number; no header at all; a
		// charset Java does not know.
		id = lsp.nextId();
		byte[] body = request(id, "textDocument/hover", hover).getBytes(StandardCharsets.UTF_8);
		assertAnswer(id, frame(body, body.length - 5), -32700, "the message is no valid JSON");
		// The server waits for the 10 bytes more, which the next message brings; it reads that message too.
		int larger = lsp.nextId();
		body = request(larger, "textDocument/hover", hover).getBytes(StandardCharsets.UTF_8);
		lsp.sendRaw(frame(body, body.length + 10));
		assertServing();
		JsonObject error = lsp.awaitResponse(larger).getAsJsonObject("error");
		assertEquals(-32700, error.get("code").getAsInt(), error::toString);
		assertEquals("Content-Length " + (body.length + 10) + " is larger than the message (" + body.length
				+ " bytes); the rest is read as the next message", error.get("message").getAsString());
		body = request(lsp.nextId(), "textDocument/hover", hover).getBytes(StandardCharsets.UTF_8);
		assertAnswerWithoutId(join("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n", body), -32700);
		assertAnswerWithoutId(join("Content-Length: abc\r\n\r\n", body), -32700);
		// A body without header is known as such when the next header comes.
		lsp.sendRaw(body);
		assertServing();
		error = lsp.awaitResponseWithoutId().getAsJsonObject("error");
		assertEquals(-32700, error.get("code").getAsInt(), error::toString);
		assertEquals(body.length + " bytes before the next Content-Length header are no message",
				error.get("message").getAsString());

		assertAnswerWithoutId(join("Content-Length: " + body.length
				+ "\r\nContent-Type: application/vscode-jsonrpc; charset=klingon\r\n\r\n", body), -32700);

		// (e) An unknown request, also one of the protocol's optional $/ methods; an unknown notification;
		// a response to no request.
		JsonObject unknown = lsp.call("wpo/unknown", new JsonObject());
		assertEquals(-32601, unknown.getAsJsonObject("error").get("code").getAsInt(), unknown::toString);
		assertEquals("Unsupported request method: wpo/unknown",
				unknown.getAsJsonObject("error").get("message").getAsString());
		assertServing();
		unknown = lsp.call("$/unknown", new JsonObject());
		assertEquals(-32601, unknown.getAsJsonObject("error").get("code").getAsInt(), unknown::toString);
		assertServing();
		lsp.notify("wpo/unknownNotification", new JsonObject());
		assertServing();
		lsp.sendRaw(frame("{\"jsonrpc\":\"2.0\",\"id\":999999,\"result\":null}"));
		assertServing();
		// Nothing answered the notification or the response.
		assertEquals(List.of(), lsp.pending().stream().filter(m -> m.has("id")).toList());

		String stderr = shutDownAndExit();
		List<String> rejected = stderr.lines().filter(line -> line.contains("rejected a message")).toList();
		assertEquals(17, rejected.size(), stderr);
		assertEquals(1, stderr.lines().filter(line -> line.startsWith(
				"wpo lsp: WARN JsonRpcReader: ignored the notification 'textDocument/didChange': ")).count(), stderr);
		assertEquals(1, stderr.lines().filter(line -> line.startsWith("wpo lsp: WARN RemoteEndpoint: Unmatched response"))
				.count(), stderr);
	}

	@Test
	void editsOutsideTheTextAreClampedAndUnknownDocumentsAnswered() throws Exception {
		startAndOpen();

		// A line beyond the end of the text: the text is added at its end.
		change(editUri, range(99, 0, 99, 0), "area 4 \"More\" {\n\ttechnology Beta\n}\n");
		JsonArray symbols = documentSymbols(editUri);
		assertEquals(List.of("3", "Alpha", "4", "Beta"), names(symbols));
		assertEquals(position(5, 12), find(symbols, "Beta").getAsJsonObject("selectionRange").get("start"));
		assertEquals(List.of(), diagnostics(editUri));

		// A negative line: at the start of the text, where it is a syntax error ...
		change(editUri, range(-1, 0, -1, 0), "X");
		documentSymbols(editUri);
		List<JsonObject> diagnostics = diagnostics(editUri);
		assertEquals(1, diagnostics.size(), diagnostics::toString);
		assertEquals("wpo.syntax-error", diagnostics.get(0).get("code").getAsString());
		assertEquals(position(0, 0), diagnostics.get(0).getAsJsonObject("range").get("start"));
		// ... which a valid edit removes again.
		change(editUri, range(0, 0, 0, 1), "");
		assertEquals(List.of("3", "Alpha", "4", "Beta"), names(documentSymbols(editUri)));
		assertEquals(List.of(), diagnostics(editUri));

		// A character beyond the end of its line: at the end of the line.
		change(editUri, range(2, 100, 2, 200), "Gamma");
		symbols = documentSymbols(editUri);
		assertEquals(List.of("3", "AlphaGamma", "4", "Beta"), names(symbols));
		assertEquals(position(2, 12), find(symbols, "AlphaGamma").getAsJsonObject("selectionRange").get("start"));

		// A range whose end comes before its start: the text between the two (area 4).
		change(editUri, range(7, 0, 4, 0), "");
		assertEquals(List.of("3", "AlphaGamma"), names(documentSymbols(editUri)));
		assertEquals(List.of(), diagnostics(editUri));

		// Hover beyond the end of a line and beyond the last line: an empty hover (it was an internal error).
		JsonObject hover = lsp.request("textDocument/hover", positionParams(editUri, 2, 100));
		assertEquals("", hover.getAsJsonObject("result").getAsJsonObject("contents").get("value").getAsString());
		hover = lsp.request("textDocument/hover", positionParams(editUri, 99, 0));
		assertEquals("", hover.getAsJsonObject("result").getAsJsonObject("contents").get("value").getAsString());
		// Inside the line it names the technology.
		hover = lsp.request("textDocument/hover", positionParams(editUri, 2, 14));
		assertTrue(hover.getAsJsonObject("result").getAsJsonObject("contents").get("value").getAsString()
				.startsWith("**technology** `AlphaGamma`"), hover::toString);

		// A document never opened: didChange is ignored, hover answers InvalidParams.
		String ghost = uri(dir.resolve("models/ghost.wpo"));
		change(ghost, range(0, 0, 0, 0), "model ghost\n");
		assertServing();
		JsonObject unknown = lsp.call("textDocument/hover", positionParams(ghost, 0, 0));
		assertEquals(-32602, unknown.getAsJsonObject("error").get("code").getAsInt(), unknown::toString);
		assertEquals("Unknown document " + ghost + ": it is not open and is no file of the workspace.",
				unknown.getAsJsonObject("error").get("message").getAsString());
		assertServing();
		assertEquals(List.of("3", "AlphaGamma"), names(documentSymbols(editUri)));

		String stderr = shutDownAndExit();
		assertEquals(3, stderr.lines().filter(line -> line.startsWith("wpo lsp: WARN ClampedDocument: didChange of "
				+ editUri)).count(), stderr);
		assertTrue(stderr.contains("wpo lsp: ERROR WorkspaceManager: The document " + ghost + " has not been opened.\n"),
				stderr);
	}

	// ---------------------------------------------------------------- the session

	private void startAndOpen() throws Exception {
		Path workspace = dir.resolve("models");
		Path main = write(workspace.resolve("main.wpo"), WpoLspIT.MAIN);
		write(workspace.resolve("other.wpo"), WpoLspIT.OTHER);
		Path edit = write(workspace.resolve("edit.wpo"), EDIT);
		mainUri = uri(main);
		editUri = uri(edit);
		process = start(workspace);
		lsp = new Connection(process.getInputStream(), process.getOutputStream());
		lsp.request("initialize", initializeParams(workspace));
		lsp.notify("initialized", new JsonObject());
		open(mainUri, WpoLspIT.MAIN);
		open(editUri, EDIT);
		lsp.await(m -> "textDocument/publishDiagnostics".equals(method(m))
				&& editUri.equals(m.getAsJsonObject("params").get("uri").getAsString()));
		assertServing();
	}

	private Process start(Path workspace) throws IOException {
		String jar = System.getProperty("wpo.jar");
		assertTrue(jar != null && Files.isRegularFile(Path.of(jar)), "the shaded jar is missing: " + jar);
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", jar, "lsp").directory(workspace.toFile()).redirectError(dir.resolve("stderr.txt").toFile());
		builder.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
		return builder.start();
	}

	/** Ends the session as the protocol asks and returns stderr, checked for stack traces. */
	private String shutDownAndExit() throws Exception {
		assertTrue(lsp.request("shutdown", null).has("result"));
		lsp.notify("exit", null);
		assertTrue(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS), "the server did not end after exit");
		assertEquals(0, process.exitValue());
		assertEquals(List.of(), lsp.stray(), "stdout held something other than JSON-RPC");
		String stderr = Files.readString(dir.resolve("stderr.txt"));
		for (String line : stderr.lines().toList()) {
			assertTrue(line.startsWith("wpo lsp: "), () -> "not one line of the log: " + line + "\n" + stderr);
		}
		assertFalse(stderr.contains("\tat "), stderr);
		assertFalse(stderr.contains("Exception:"), stderr);
		return stderr;
	}

	private void open(String uri, String text) throws IOException {
		JsonObject item = new JsonObject();
		item.addProperty("uri", uri);
		item.addProperty("languageId", "wpo");
		item.addProperty("version", 1);
		item.addProperty("text", text);
		JsonObject params = new JsonObject();
		params.add("textDocument", item);
		lsp.notify("textDocument/didOpen", params);
	}

	/** The server still answers: a hover on MS-RPCE in main.wpo, with its title and area. */
	private void assertServing() throws Exception {
		JsonObject hover = lsp.request("textDocument/hover", positionParams(mainUri, 6, 15));
		String markdown = hover.getAsJsonObject("result").getAsJsonObject("contents").get("value").getAsString();
		assertTrue(markdown.startsWith("**protocol** `MS-RPCE` — Remote Procedure Call Protocol Extensions\n"),
				markdown);
		assertTrue(markdown.contains("- Area: 7.3.1 RPC\n"), markdown);
	}

	/** Sends the bytes; the answer must be an error with this code and a null id. */
	private void assertAnswerWithoutId(byte[] bytes, int code) throws Exception {
		lsp.sendRaw(bytes);
		JsonObject answer = lsp.awaitResponseWithoutId();
		assertEquals(code, answer.getAsJsonObject("error").get("code").getAsInt(), answer::toString);
		assertServing();
	}

	/** Sends the bytes; the answer to the request must be an error with this code and message. */
	private void assertAnswer(int id, byte[] bytes, int code, String messageStart) throws Exception {
		lsp.sendRaw(bytes);
		JsonObject answer = lsp.awaitResponse(id);
		JsonObject error = answer.getAsJsonObject("error");
		assertEquals(code, error.get("code").getAsInt(), answer::toString);
		assertTrue(error.get("message").getAsString().startsWith(messageStart), answer::toString);
		assertServing();
	}

	// ---------------------------------------------------------------- editing

	private void change(String uri, JsonObject range, String text) throws IOException {
		lsp.forget();
		JsonObject document = new JsonObject();
		document.addProperty("uri", uri);
		document.addProperty("version", 2);
		JsonObject change = new JsonObject();
		change.add("range", range);
		change.addProperty("text", text);
		JsonArray changes = new JsonArray();
		changes.add(change);
		JsonObject params = new JsonObject();
		params.add("textDocument", document);
		params.add("contentChanges", changes);
		lsp.notify("textDocument/didChange", params);
	}

	private static JsonObject range(int startLine, int startCharacter, int endLine, int endCharacter) {
		JsonObject range = new JsonObject();
		range.add("start", position(startLine, startCharacter));
		range.add("end", position(endLine, endCharacter));
		return range;
	}

	private JsonArray documentSymbols(String uri) throws Exception {
		JsonObject params = new JsonObject();
		JsonObject document = new JsonObject();
		document.addProperty("uri", uri);
		params.add("textDocument", document);
		return lsp.request("textDocument/documentSymbol", params).getAsJsonArray("result");
	}

	/**
	 * The diagnostics last published for the document since the last change. The server publishes them
	 * while building, before it answers a request sent after the change, so call after such a request.
	 */
	private List<JsonObject> diagnostics(String uri) {
		List<JsonObject> published = lsp.pending().stream()
				.filter(m -> "textDocument/publishDiagnostics".equals(method(m))
						&& uri.equals(m.getAsJsonObject("params").get("uri").getAsString()))
				.toList();
		assertFalse(published.isEmpty(), "no diagnostics published for " + uri);
		List<JsonObject> diagnostics = new ArrayList<>();
		for (JsonElement diagnostic : published.get(published.size() - 1).getAsJsonObject("params")
				.getAsJsonArray("diagnostics")) {
			diagnostics.add(diagnostic.getAsJsonObject());
		}
		return diagnostics;
	}

	/** The names of the symbols (a client without hierarchical symbols gets them as one list). */
	private static List<String> names(JsonArray symbols) {
		List<String> names = new ArrayList<>();
		for (JsonElement symbol : symbols) {
			names.add(symbol.getAsJsonObject().get("name").getAsString());
		}
		return names;
	}

	private static JsonObject find(JsonArray symbols, String name) {
		for (JsonElement symbol : symbols) {
			if (name.equals(symbol.getAsJsonObject().get("name").getAsString())) {
				return symbol.getAsJsonObject();
			}
		}
		throw new AssertionError("no symbol " + name + " in " + symbols);
	}

	// ---------------------------------------------------------------- raw JSON-RPC

	private static String hoverRequest(String uri, int line, int character) {
		return positionParams(uri, line, character).toString();
	}

	private static String request(int id, String method, String params) {
		return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\""
				+ (params == null ? "" : ",\"params\":" + params) + "}";
	}

	private static byte[] frame(String body) {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		return frame(bytes, bytes.length);
	}

	/** The body with a header announcing {@code length} bytes, whatever its real length. */
	private static byte[] frame(byte[] body, int length) {
		return join("Content-Length: " + length + "\r\n\r\n", body);
	}

	private static byte[] join(String header, byte[] body) {
		byte[] head = header.getBytes(StandardCharsets.US_ASCII);
		byte[] all = new byte[head.length + body.length];
		System.arraycopy(head, 0, all, 0, head.length);
		System.arraycopy(body, 0, all, head.length, body.length);
		return all;
	}
}
