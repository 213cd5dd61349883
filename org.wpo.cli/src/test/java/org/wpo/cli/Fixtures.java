package org.wpo.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes model files for tests. */
final class Fixtures {

	private Fixtures() {
	}

	static Path write(Path file, String text) {
		return write(file, text.getBytes(StandardCharsets.UTF_8));
	}

	static Path write(Path file, byte[] bytes) {
		try {
			Files.createDirectories(file.getParent());
			return Files.write(file, bytes);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The text in ISO-8859-1, as an editor set to Latin-1 would save it. */
	static byte[] latin1(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}
}
