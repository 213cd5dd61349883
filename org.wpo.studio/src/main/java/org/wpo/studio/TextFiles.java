package org.wpo.studio;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.wpo.dsl.workspace.AtomicFiles;

/**
 * Reading and writing the model's files as the studio sees them: UTF-8 text (a byte order mark is
 * kept on disk but not shown), identified by the SHA-256 of that text, written whole through a
 * temporary file with the permissions of the file it replaces.
 */
final class TextFiles {

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private TextFiles() {
	}

	/** The text of a file, without its byte order mark; null when it does not exist. */
	static String read(Path file) throws IOException {
		if (!Files.isRegularFile(file)) {
			return null;
		}
		String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
		return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
	}

	/** Writes the text whole, keeping the byte order mark and the permissions the file had. */
	static void write(Path file, String text) throws IOException {
		boolean mark = hasByteOrderMark(file);
		AtomicFiles.write(file, mark ? BYTE_ORDER_MARK + text : text);
	}

	private static boolean hasByteOrderMark(Path file) throws IOException {
		if (!Files.isRegularFile(file)) {
			return false;
		}
		try (var in = Files.newInputStream(file)) {
			byte[] start = in.readNBytes(3);
			return start.length == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB
					&& (start[2] & 0xFF) == 0xBF;
		}
	}

	/** The SHA-256 of the text's UTF-8 bytes, in hexadecimal (null for null). */
	static String hash(String text) {
		if (text == null) {
			return null;
		}
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
		}
	}
}
