package org.wpo.render;

import java.io.IOException;
import java.nio.file.Path;

import org.wpo.export.AtomicFiles;

/**
 * Writes diagram and report files whole or not at all, readable by everyone, a replaced file
 * keeping its permissions ({@link AtomicFiles}).
 */
final class OutputFiles {

	private OutputFiles() {
	}

	static void write(Path file, String text) throws IOException {
		AtomicFiles.write(file, text);
	}
}
