package org.wpo.studio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.wpo.dsl.workspace.AtomicFiles;
import org.wpo.dsl.workspace.SourceText;

/**
 * Reading and writing the model's files as the studio sees them: UTF-8 text (a byte order mark is
 * kept on disk but not shown, as org.wpo.dsl's {@link SourceText} reads and writes it for
 * {@code wpo check} and the editor), identified by the SHA-256 of that text, written whole through
 * {@link AtomicFiles} with the permissions of the file it replaces.
 */
final class TextFiles {

	/** UTF-8's byte order mark is three bytes long. */
	private static final int MARK_BYTES = SourceText.encode("", true).length;

	private TextFiles() {
	}

	/** The text of a file, without its byte order mark; null when it does not exist. */
	static String read(Path file) throws IOException {
		if (!Files.isRegularFile(file)) {
			return null;
		}
		byte[] bytes = Files.readAllBytes(file);
		int start = SourceText.startsWithByteOrderMark(bytes) ? MARK_BYTES : 0;
		return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
	}

	/** Writes the text whole, keeping the byte order mark and the permissions the file had. */
	static void write(Path file, String text) throws IOException {
		AtomicFiles.write(file, SourceText.encode(text, hasByteOrderMark(file)));
	}

	private static boolean hasByteOrderMark(Path file) throws IOException {
		if (!Files.isRegularFile(file)) {
			return false;
		}
		try (InputStream in = Files.newInputStream(file)) {
			return SourceText.startsWithByteOrderMark(in.readNBytes(MARK_BYTES));
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
