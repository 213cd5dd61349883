package org.wpo.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
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

/**
 * The studio's refusals: requests and WebSocket upgrades without the token, with a wrong one, from a
 * foreign origin or through a foreign host name get 403; paths out of the model's folders get an
 * error and change nothing; malformed messages get an error and the connection goes on serving.
 */
class AccessTest {

	@TempDir
	static Path dir;

	static Path model;

	static Path outside;

	static StudioServer server;

	@BeforeAll
	static void start() throws Exception {
		model = Files.createDirectories(dir.resolve("model"));
		outside = Files.createDirectories(dir.resolve("outside"));
		Fixture.write(model);
		Files.writeString(outside.resolve("secret.wpo"), "model secret\n");
		server = StudioServer.start(List.of(model), 0, WpoServerModule.create(dir.resolve("library")), "test");
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	/** The status line's code of a raw HTTP/1.1 request (an upgrade when {@code upgrade}). */
	static int status(String target, String host, String origin, boolean upgrade) throws IOException {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
			StringBuilder request = new StringBuilder("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\n");
			if (origin != null) {
				request.append("Origin: ").append(origin).append("\r\n");
			}
			if (upgrade) {
				request.append("Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n")
						.append("Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n");
			} else {
				request.append("Connection: close\r\n");
			}
			request.append("\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			StringBuilder line = new StringBuilder();
			for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
				line.append((char) c);
			}
			return Integer.parseInt(line.toString().split(" ")[1]);
		}
	}

	String own() {
		return "127.0.0.1:" + server.port();
	}

	String token() {
		return "?token=" + server.token();
	}

	@Test
	void theRightTokenHostAndOriginPass() throws IOException {
		assertEquals(200, status("/config" + token(), own(), null, false));
		assertEquals(200, status("/config" + token(), "localhost:" + server.port(), "http://localhost:" + server.port(),
				false));
		assertEquals(101, status("/studio" + token(), own(), "http://" + own(), true));
		assertEquals(101, status("/lsp" + token(), own(), "http://" + own(), true));
	}

	@Test
	void noTokenIsRefused() throws IOException {
		for (String path : List.of("/", "/config", "/app.js", "/studio", "/lsp")) {
			assertEquals(403, status(path, own(), null, false), path);
			assertEquals(403, status(path, own(), "http://" + own(), true), path);
		}
	}

	@Test
	void aWrongTokenIsRefused() throws IOException {
		String wrong = "?token=" + "0".repeat(64);
		assertEquals(403, status("/config" + wrong, own(), null, false));
		assertEquals(403, status("/studio" + wrong, own(), "http://" + own(), true));
		assertEquals(403, status("/lsp" + wrong, own(), "http://" + own(), true));
		assertEquals(403, status("/config?token=", own(), null, false));
		assertEquals(403, status("/config" + token() + "x", own(), null, false));
	}

	@Test
	void aForeignOriginIsRefused() throws IOException {
		for (String origin : List.of("http://evil.example", "http://127.0.0.1:1", "null",
				"https://127.0.0.1:" + server.port())) {
			assertEquals(403, status("/config" + token(), own(), origin, false), origin);
			assertEquals(403, status("/studio" + token(), own(), origin, true), origin);
			assertEquals(403, status("/lsp" + token(), own(), origin, true), origin);
		}
	}

	@Test
	void aForeignHostIsRefused() throws IOException {
		// DNS rebinding: a name the attacker controls, resolved to 127.0.0.1.
		for (String host : List.of("evil.example:" + server.port(), "127.0.0.1", "127.0.0.1:1")) {
			assertEquals(403, status("/" + token(), host, null, false), host);
			assertEquals(403, status("/studio" + token(), host, null, true), host);
		}
	}

	@Test
	void theConfigurationListsTheModelsFiles() throws IOException, InterruptedException {
		var client = java.net.http.HttpClient.newHttpClient();
		var response = client.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://" + own() + "/config" + token())).build(),
				java.net.http.HttpResponse.BodyHandlers.ofString());
		JsonObject config = JsonParser.parseString(response.body()).getAsJsonObject();
		assertEquals("[\"a.wpo\",\"b.wpo\"]", config.getAsJsonArray("files").asList().stream()
				.map(f -> f.getAsJsonObject().get("path")).toList().toString().replace(" ", ""));
		assertEquals(model.toRealPath().toUri().toString(), config.get("rootUri").getAsString());
		assertEquals("mswpo (built-in)", config.getAsJsonObject("builtIn").get("path").getAsString());
		assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
	}

	@Test
	void pathsOutsideTheModelAreRefusedAndChangeNothing() throws Exception {
		Files.createSymbolicLink(model.resolve("link.wpo"), outside.resolve("secret.wpo"));
		Files.createSymbolicLink(model.resolve("out"), outside);
		String before = Fixture.hash(dir.resolve("outside")) + Fixture.hash(model);
		try (TestClient client = new TestClient(server, "/studio")) {
			for (String path : List.of("../outside/secret.wpo", outside.resolve("secret.wpo").toString(),
					"sub/../../outside/secret.wpo", "link.wpo", "out/secret.wpo", "a.wpo/../../outside/secret.wpo",
					"a.txt", "")) {
				JsonObject open = client.request(TestClient.message("openFile", "path", path));
				assertEquals("error", open.get("kind").getAsString(), path + ": " + open);
				JsonObject save = TestClient.message("saveFile", "path", path, "text", "model pwned\n");
				save.addProperty("force", true);
				JsonObject saved = client.request(save);
				assertEquals("error", saved.get("kind").getAsString(), path + ": " + saved);
			}
			// The connection still serves.
			JsonObject open = client.request(TestClient.message("openFile", "path", "a.wpo"));
			assertEquals(Fixture.A, open.get("text").getAsString());
		}
		assertEquals(before, Fixture.hash(dir.resolve("outside")) + Fixture.hash(model));
	}

	@Test
	void malformedMessagesGetAnErrorAndTheConnectionGoesOn() throws Exception {
		try (TestClient client = new TestClient(server, "/studio")) {
			List<String> hostile = List.of("{", "not json", "[1,2]", "42", "null", "{}", "{\"kind\": 7}",
					"{\"kind\": \"launchMissiles\", \"requestId\": 1}", "{\"kind\": \"openFile\", \"path\": 5}",
					"{\"kind\": \"openFile\"}", "{\"kind\": \"requestModel\", \"diagram\": \"pie-chart\"}",
					"{\"kind\": \"setPosition\", \"diagram\": \"area-map\", \"id\": \"element:acme::Pipes\", \"x\": \"left\", \"y\": 1}",
					"{\"kind\": \"edit\", \"op\": \"explode\"}", "{\"kind\": \"edit\", \"op\": \"rename\"}",
					"[".repeat(100_000));
			for (String text : hostile) {
				client.sendRaw(text);
				JsonObject answer = client.next();
				assertEquals("error", answer.get("kind").getAsString(), text + ": " + answer);
				assertTrue(!answer.get("message").getAsString().isBlank());
			}
			JsonObject unknown = client.request(TestClient.message("frobnicate"));
			assertEquals("unknown kind 'frobnicate'", unknown.get("message").getAsString());
			JsonObject open = client.request(TestClient.message("openFile", "path", "b.wpo"));
			assertEquals("fileText", open.get("kind").getAsString());
			assertEquals(Fixture.B, open.get("text").getAsString());
		}
	}
}
