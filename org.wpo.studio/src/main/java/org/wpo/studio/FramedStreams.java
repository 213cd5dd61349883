package org.wpo.studio;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/**
 * Turns WebSocket text frames, one JSON-RPC message each, into the {@code Content-Length} framed
 * stream that the language server reads, and its framed output back into one text per message. So
 * the WebSocket gets exactly the server of {@code wpo lsp}, its reader included (which answers
 * malformed JSON with a JSON-RPC parse error).
 */
final class FramedStreams {

	private FramedStreams() {
	}

	/** The server's input: each frame given to {@link #offer} becomes one framed message. */
	static final class Input extends InputStream {

		private static final byte[] END = new byte[0];

		private final LinkedBlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>();

		private byte[] current = new byte[0];

		private int position;

		private boolean ended;

		void offer(String message) {
			byte[] body = message.getBytes(StandardCharsets.UTF_8);
			byte[] header = ("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
			byte[] framed = Arrays.copyOf(header, header.length + body.length);
			System.arraycopy(body, 0, framed, header.length, body.length);
			chunks.add(framed);
		}

		/** The connection is gone: the server reads the end of its input. */
		void end() {
			chunks.add(END);
		}

		@Override
		public int read() throws java.io.IOException {
			byte[] one = new byte[1];
			int n = read(one, 0, 1);
			return n < 0 ? -1 : one[0] & 0xFF;
		}

		@Override
		public synchronized int read(byte[] buffer, int offset, int length) throws java.io.IOException {
			if (length == 0) {
				return 0;
			}
			while (!ended && position == current.length) {
				try {
					current = chunks.take();
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new java.io.InterruptedIOException("interrupted while waiting for a message");
				}
				position = 0;
				ended = current == END;
			}
			if (ended) {
				return -1;
			}
			int n = Math.min(length, current.length - position);
			System.arraycopy(current, position, buffer, offset, n);
			position += n;
			return n;
		}

		@Override
		public void close() {
			end();
		}
	}

	/** The server's output: gives every complete message, without its header, to the sink. */
	static final class Output extends OutputStream {

		private static final byte[] HEADER_END = { '\r', '\n', '\r', '\n' };

		private final Consumer<String> sink;

		private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

		Output(Consumer<String> sink) {
			this.sink = sink;
		}

		@Override
		public synchronized void write(int b) {
			pending.write(b);
			drain();
		}

		@Override
		public synchronized void write(byte[] bytes, int offset, int length) {
			pending.write(bytes, offset, length);
			drain();
		}

		private void drain() {
			while (true) {
				byte[] bytes = pending.toByteArray();
				int headerEnd = indexOf(bytes, HEADER_END);
				if (headerEnd < 0) {
					return;
				}
				int length = contentLength(new String(bytes, 0, headerEnd, StandardCharsets.US_ASCII));
				int start = headerEnd + HEADER_END.length;
				if (length < 0 || bytes.length < start + length) {
					return;
				}
				sink.accept(new String(bytes, start, length, StandardCharsets.UTF_8));
				pending.reset();
				pending.write(bytes, start + length, bytes.length - start - length);
			}
		}

		private static int contentLength(String header) {
			for (String line : header.split("\r\n")) {
				int colon = line.indexOf(':');
				if (colon > 0 && line.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals("content-length")) {
					try {
						return Integer.parseInt(line.substring(colon + 1).strip());
					} catch (NumberFormatException e) {
						return -1;
					}
				}
			}
			return -1;
		}

		private static int indexOf(byte[] bytes, byte[] part) {
			outer: for (int i = 0; i + part.length <= bytes.length; i++) {
				for (int j = 0; j < part.length; j++) {
					if (bytes[i + j] != part[j]) {
						continue outer;
					}
				}
				return i;
			}
			return -1;
		}
	}
}
