package org.wpo.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wpo.dsl.ide.server.WpoLanguageServerLauncher;
import org.wpo.dsl.ide.server.WpoServerModule;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * The launcher that {@code wpo lsp} uses, sent raw bytes a broken client might send: each gets the
 * JSON-RPC error it should (code, and the request's id where it could be read), and the server still
 * answers a hover correctly afterwards. The full list is in org.wpo.cli's WpoLspRobustnessIT, against
 * the jar.
 */
class MalformedMessagesTest {

	private static final long TIMEOUT = 60;

	@TempDir
	Path folder;

	private final ExecutorService executor = Executors.newCachedThreadPool();

	private final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();

	private PipedOutputStream toServer;

	private String uri;

	private int nextHoverId = 1000;

	@AfterEach
	void stop() {
		executor.shutdownNow();
	}

	@Test
	void eachMalformedMessageIsAnsweredAndTheServerGoesOn() throws Exception {
		toServer = new PipedOutputStream();
		PipedInputStream serverIn = new PipedInputStream(toServer, 1 << 16);
		PipedOutputStream serverOut = new PipedOutputStream();
		PipedInputStream fromServer = new PipedInputStream(serverOut, 1 << 16);
		WpoLanguageServerLauncher launcher = new WpoLanguageServerLauncher(
				WpoServerModule.create(LanguageServerTestBase.LIBRARY_BASE));
		Future<Integer> status = executor.submit(() -> launcher.serve(serverIn, serverOut));
		executor.submit(() -> read(fromServer));

		Path file = Files.writeString(folder.resolve("a.wpo"), LauncherTest.TEXT);
		uri = file.toUri().toString();
		String folderUri = folder.toUri().toString();
		send(frame("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,"
				+ "\"workspaceFolders\":[{\"uri\":\"" + folderUri + "\",\"name\":\"lab\"}],"
				+ "\"capabilities\":{\"workspace\":{\"workspaceFolders\":true}}}}"));
		assertTrue(await(id(1)).has("result"));
		send(frame("{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}"));
		send(frame("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\""
				+ uri + "\",\"languageId\":\"wpo\",\"version\":1,\"text\":"
				+ new JsonPrimitive(LauncherTest.TEXT) + "}}}"));
		assertServing(100);

		assertError(null, -32700, frame("this is not json"));
		assertError(null, -32600, frame("{\"hello\":\"world\"}"));
		assertError(50, -32602, frame("{\"jsonrpc\":\"2.0\",\"id\":50,\"method\":\"textDocument/hover\",\"params\":"
				+ "{\"textDocument\":{\"uri\":\"" + uri + "\"},\"position\":{\"line\":\"two\",\"character\":12}}}"));
		assertError(51, -32601, frame("{\"jsonrpc\":\"2.0\",\"id\":51,\"method\":\"wpo/nothing\",\"params\":{}}"));
		byte[] hover = hover(52).getBytes(StandardCharsets.UTF_8);
		assertError(52, -32700, join("Content-Length: " + (hover.length - 3) + "\r\n\r\n", hover));
		assertError(null, -32700, join("X-Client: broken\r\n\r\n", hover));

		send(frame("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}"));
		assertTrue(await(id(2)).has("result"));
		send(frame("{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}"));
		assertEquals(0, status.get(TIMEOUT, TimeUnit.SECONDS));
	}

	/** Sends the bytes; the answer must be this error; then a hover must still be answered. */
	private void assertError(Integer id, int code, byte[] bytes) throws Exception {
		send(bytes);
		assertServing(nextHoverId++);
		JsonObject answer = await(m -> m.has("error")
				&& (id == null ? m.get("id").isJsonNull() : !m.get("id").isJsonNull() && m.get("id").getAsInt() == id));
		assertEquals(code, answer.getAsJsonObject("error").get("code").getAsInt(), answer::toString);
	}

	/** A hover on the technology T names it. */
	private void assertServing(int id) throws Exception {
		send(frame(hover(id)));
		JsonObject answer = await(id(id));
		String value = answer.getAsJsonObject("result").getAsJsonObject("contents").get("value").getAsString();
		assertTrue(value.startsWith("**technology** `T`"), answer::toString);
	}

	private String hover(int id) {
		return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":"
				+ "{\"uri\":\"" + uri + "\"},\"position\":{\"line\":2,\"character\":12}}}";
	}

	private static Predicate<JsonObject> id(int id) {
		return m -> !m.has("method") && m.has("id") && !m.get("id").isJsonNull() && m.get("id").getAsInt() == id;
	}

	/** The first message received (now or before) that passes the test; the others stay. */
	private JsonObject await(Predicate<JsonObject> test) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT);
		while (System.nanoTime() < deadline) {
			for (JsonObject message : received) {
				if (test.test(message)) {
					received.remove(message);
					return message;
				}
			}
			Thread.sleep(10);
		}
		throw new AssertionError("no such message within " + TIMEOUT + " s; received " + received);
	}

	private synchronized void send(byte[] bytes) throws IOException {
		toServer.write(bytes);
		toServer.flush();
	}

	private static byte[] frame(String body) {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		return join("Content-Length: " + bytes.length + "\r\n\r\n", bytes);
	}

	private static byte[] join(String header, byte[] body) {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		all.writeBytes(header.getBytes(StandardCharsets.US_ASCII));
		all.writeBytes(body);
		return all.toByteArray();
	}

	/** Reads the server's framed messages; answers its own requests with null. */
	private Void read(InputStream in) throws IOException {
		while (true) {
			StringBuilder header = new StringBuilder();
			while (!header.toString().endsWith("\r\n\r\n")) {
				int b = in.read();
				if (b < 0) {
					return null;
				}
				header.append((char) b);
			}
			int length = Integer.parseInt(header.toString().replaceAll("(?s).*Content-Length: *(\\d+).*", "$1"));
			JsonElement message = JsonParser.parseString(new String(in.readNBytes(length), StandardCharsets.UTF_8));
			assertNotNull(message);
			JsonObject object = message.getAsJsonObject();
			if (object.has("method") && object.has("id")) {
				send(frame("{\"jsonrpc\":\"2.0\",\"id\":" + object.get("id") + ",\"result\":null}"));
			} else {
				received.add(object);
			}
		}
	}
}
