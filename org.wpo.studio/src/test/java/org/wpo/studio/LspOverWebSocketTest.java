package org.wpo.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wpo.dsl.ide.server.WpoServerModule;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The language server of {@code wpo lsp} over {@code /lsp}: one JSON-RPC message per text frame. */
class LspOverWebSocketTest {

	@TempDir
	static Path dir;

	static Path model;

	static StudioServer server;

	@BeforeAll
	static void start() throws Exception {
		model = Files.createDirectories(dir.resolve("model"));
		Fixture.write(model);
		server = StudioServer.start(List.of(model), 0, WpoServerModule.create(dir.resolve("library")), "test");
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	/** The next message that answers the request id (skipping notifications such as diagnostics). */
	static JsonObject answer(TestClient client, int id) throws InterruptedException {
		while (true) {
			JsonObject message = JsonParser.parseString(client.nextText()).getAsJsonObject();
			if (message.has("id") && !message.get("id").isJsonNull() && message.get("id").getAsInt() == id
					&& !message.has("method")) {
				return message;
			}
		}
	}

	@Test
	void initializeHoverAndAParseError() throws Exception {
		String uri = model.toRealPath().resolve("a.wpo").toUri().toString();
		try (TestClient client = new TestClient(server, "/lsp")) {
			client.sendRaw("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,"
					+ "\"rootUri\":\"" + model.toRealPath().toUri() + "\",\"capabilities\":{}}}");
			JsonObject initialized = answer(client, 1);
			assertTrue(initialized.getAsJsonObject("result").getAsJsonObject("capabilities").has("hoverProvider"),
					initialized.toString());
			client.sendRaw("{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
			JsonObject open = new JsonObject();
			open.addProperty("jsonrpc", "2.0");
			open.addProperty("method", "textDocument/didOpen");
			JsonObject document = new JsonObject();
			document.addProperty("uri", uri);
			document.addProperty("languageId", "wpo");
			document.addProperty("version", 1);
			document.addProperty("text", Fixture.A);
			JsonObject params = new JsonObject();
			params.add("textDocument", document);
			open.add("params", params);
			client.sendRaw(open.toString());

			// "requires MS-ACMS" is line 12; character 12 is inside the name.
			client.sendRaw("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":"
					+ "{\"uri\":\"" + uri + "\"},\"position\":{\"line\":12,\"character\":12}}}");
			JsonObject hover = answer(client, 3);
			String contents = hover.getAsJsonObject("result").get("contents").toString();
			assertTrue(contents.contains("ACME Security"), hover.toString());

			// Malformed JSON: a parse error, and the server goes on.
			for (String malformed : new String[] { "this is not json", "{\"jsonrpc\":\"2.0\",\"id\":" }) {
				client.sendRaw(malformed);
				JsonObject error = JsonParser.parseString(nextResponse(client)).getAsJsonObject();
				assertEquals(-32700, error.getAsJsonObject("error").get("code").getAsInt(), error.toString());
			}
			client.sendRaw("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":"
					+ "{\"uri\":\"" + uri + "\"},\"position\":{\"line\":12,\"character\":12}}}");
			assertTrue(answer(client, 4).toString().contains("ACME Security"));

		}
	}

	private static String nextResponse(TestClient client) throws InterruptedException {
		while (true) {
			String text = client.nextText();
			JsonObject message = JsonParser.parseString(text).getAsJsonObject();
			if (message.has("error")) {
				return text;
			}
		}
	}
}
