package org.wpo.dsl.ide.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the client's stream into the bodies of its messages, each announced by a
 * {@code Content-Length} header and a blank line, and finds its way back after a wrongly framed
 * message. LSP4J's reader does not: after a Content-Length that is too small or too large, or a
 * header block without one, it reads the rest of a body as headers and glues each following body to
 * the next header line, and never reads a message again. Here:
 * <ul>
 * <li>a {@code Content-Length} header is found also after other bytes on its line (the rest of a
 * body longer than announced, or a body sent without headers); those bytes are skipped and
 * counted;</li>
 * <li>a header block without a usable {@code Content-Length} is returned as a frame with a problem,
 * and reading goes on with the next line;</li>
 * <li>bytes read past the end of a message (a Content-Length larger than the message) can be given
 * back, to be read again as the start of the next message.</li>
 * </ul>
 */
final class FrameReader {

	/**
	 * One message body, or the problem that left none.
	 *
	 * @param skipped how many bytes before this frame's headers were no part of any message
	 */
	record Frame(byte[] body, String charset, String problem, int skipped) {
	}

	private static final Pattern CONTENT_LENGTH = Pattern.compile("content-length:", Pattern.CASE_INSENSITIVE);

	/** A header line: a token, a colon, a value (RFC 9110 field names). */
	private static final Pattern HEADER = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+:.*");

	/** A line longer than this is junk: only its end is kept, where a header may start. */
	private static final int MAX_LINE = 64 * 1024;

	private final InputStream input;

	private byte[] givenBack = new byte[0];

	private int givenBackAt;

	FrameReader(InputStream input) {
		this.input = input;
	}

	/** The next frame, or null at the end of the stream. */
	Frame next() throws IOException {
		int skipped = 0;
		boolean headers = false;
		int length = -1;
		String charset = StandardCharsets.UTF_8.name();
		String problem = null;
		while (true) {
			Line line = readLine();
			if (line == null) {
				return null;
			}
			skipped += line.dropped;
			String text = line.text;
			if (text.isEmpty()) {
				if (!headers) {
					continue; // blank lines between messages
				}
				if (problem == null && length < 0) {
					problem = "a header block without Content-Length";
				}
				if (problem != null) {
					return new Frame(null, null, problem, skipped);
				}
				byte[] body = readBody(length);
				return body == null ? null : new Frame(body, charset, null, skipped);
			}
			int contentLength = lastContentLength(text);
			if (contentLength > 0 || contentLength < 0 && !HEADER.matcher(text).matches()) {
				// Junk, perhaps followed by the header of the next message: what came before is lost.
				skipped += (contentLength > 0 ? contentLength : text.length() + 1);
				headers = false;
				length = -1;
				charset = StandardCharsets.UTF_8.name();
				problem = null;
				if (contentLength < 0) {
					continue;
				}
				text = text.substring(contentLength);
			}
			headers = true;
			int colon = text.indexOf(':');
			String name = text.substring(0, colon).trim();
			String value = text.substring(colon + 1).trim();
			if (name.equalsIgnoreCase("Content-Length")) {
				if (value.matches("\\d{1,9}")) {
					length = Integer.parseInt(value);
					problem = null;
				} else {
					length = -1;
					problem = "Content-Length is no number of bytes: '" + abbreviate(value) + "'";
				}
			} else if (name.equalsIgnoreCase("Content-Type")) {
				int at = value.indexOf("charset=");
				if (at >= 0) {
					charset = value.substring(at + "charset=".length()).replaceAll("[\"']", "").split("[;\\s]")[0];
				}
			}
		}
	}

	/** Puts the bytes from {@code from} on back in front of the stream, to be read again. */
	void giveBack(byte[] bytes, int from) {
		byte[] rest = Arrays.copyOfRange(givenBack, givenBackAt, givenBack.length);
		byte[] joined = Arrays.copyOf(Arrays.copyOfRange(bytes, from, bytes.length), bytes.length - from + rest.length);
		System.arraycopy(rest, 0, joined, bytes.length - from, rest.length);
		givenBack = joined;
		givenBackAt = 0;
	}

	static String abbreviate(String text) {
		String flat = text.replaceAll("\\s+", " ");
		return flat.length() <= 80 ? flat : flat.substring(0, 77) + "...";
	}

	/** Where the last {@code Content-Length:} on the line starts, or -1. */
	private static int lastContentLength(String line) {
		Matcher matcher = CONTENT_LENGTH.matcher(line);
		int at = -1;
		while (matcher.find()) {
			at = matcher.start();
		}
		return at;
	}

	private record Line(String text, int dropped) {
	}

	/** One line without its line break, as ISO-8859-1; null at the end of the stream. */
	private Line readLine() throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		int dropped = 0;
		while (true) {
			int b = read();
			if (b < 0) {
				return null;
			}
			if (b == '\n') {
				break;
			}
			line.write(b);
			if (line.size() > MAX_LINE) {
				byte[] all = line.toByteArray();
				int keep = 256;
				dropped += all.length - keep;
				line.reset();
				line.write(all, all.length - keep, keep);
			}
		}
		byte[] bytes = line.toByteArray();
		int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
		return new Line(new String(bytes, 0, length, StandardCharsets.ISO_8859_1), dropped);
	}

	/** Exactly {@code length} bytes, or null if the stream ends first. Grows as bytes arrive. */
	private byte[] readBody(int length) throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream(Math.min(length, 64 * 1024));
		byte[] chunk = new byte[8192];
		while (body.size() < length) {
			int read = read(chunk, Math.min(chunk.length, length - body.size()));
			if (read < 0) {
				return null;
			}
			body.write(chunk, 0, read);
		}
		return body.toByteArray();
	}

	private int read() throws IOException {
		if (givenBackAt < givenBack.length) {
			return givenBack[givenBackAt++] & 0xff;
		}
		return input.read();
	}

	private int read(byte[] buffer, int length) throws IOException {
		if (givenBackAt < givenBack.length) {
			int n = Math.min(length, givenBack.length - givenBackAt);
			System.arraycopy(givenBack, givenBackAt, buffer, 0, n);
			givenBackAt += n;
			return n;
		}
		return input.read(buffer, 0, length);
	}
}
