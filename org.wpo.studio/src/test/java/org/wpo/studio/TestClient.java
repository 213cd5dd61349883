package org.wpo.studio;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** A WebSocket client of the studio (the JDK's), collecting every text message it receives. */
final class TestClient implements AutoCloseable {

	private final BlockingQueue<String> received = new LinkedBlockingQueue<>();

	private final WebSocket socket;

	private int nextId = 1;

	TestClient(StudioServer server, String path) throws Exception {
		StringBuilder partial = new StringBuilder();
		socket = HttpClient.newHttpClient().newWebSocketBuilder()
				.buildAsync(URI.create("ws://127.0.0.1:" + server.port() + path + "?token=" + server.token()),
						new WebSocket.Listener() {
							@Override
							public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
								partial.append(data);
								if (last) {
									received.add(partial.toString());
									partial.setLength(0);
								}
								webSocket.request(1);
								return null;
							}
						})
				.get(30, TimeUnit.SECONDS);
	}

	void sendRaw(String text) {
		socket.sendText(text, true).join();
	}

	/** Sends a message with a new request id and returns the id. */
	int send(JsonObject message) {
		int id = nextId++;
		message.addProperty("requestId", id);
		sendRaw(message.toString());
		return id;
	}

	/** The next message received (waiting up to 30 s). */
	String nextText() throws InterruptedException {
		String text = received.poll(30, TimeUnit.SECONDS);
		assertNotNull(text, "no message within 30 s");
		return text;
	}

	JsonObject next() throws InterruptedException {
		return JsonParser.parseString(nextText()).getAsJsonObject();
	}

	/** The next message of a kind, skipping others (broadcasts). */
	JsonObject next(String kind) throws InterruptedException {
		while (true) {
			JsonObject message = next();
			if (message.get("kind").getAsString().equals(kind)) {
				return message;
			}
		}
	}

	/** Sends a request and returns the answer that carries its id (skipping broadcasts). */
	JsonObject request(JsonObject message) throws InterruptedException {
		int id = send(message);
		while (true) {
			JsonObject answer = next();
			if (answer.has("requestId") && answer.get("requestId").getAsInt() == id) {
				return answer;
			}
		}
	}

	static JsonObject message(String kind, String... fields) {
		JsonObject message = new JsonObject();
		message.addProperty("kind", kind);
		for (int i = 0; i + 1 < fields.length; i += 2) {
			message.addProperty(fields[i], fields[i + 1]);
		}
		return message;
	}

	@Override
	public void close() {
		socket.abort();
	}
}
