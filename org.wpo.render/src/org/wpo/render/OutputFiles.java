package org.wpo.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.wpo.export.AtomicFiles;

/**
 * Writes diagram and report files whole or not at all ({@link AtomicFiles}), readable by everyone
 * like any file a tool writes: the temporary file they start as is private to its owner. A file
 * that is replaced keeps its permissions.
 */
final class OutputFiles {

	private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");

	private OutputFiles() {
	}

	static void write(Path file, String text) throws IOException {
		Set<PosixFilePermission> permissions = NEW_FILE;
		boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
		if (posix && Files.isRegularFile(file)) {
			permissions = Files.getPosixFilePermissions(file);
		}
		AtomicFiles.write(file, text);
		if (posix) {
			Files.setPosixFilePermissions(file, permissions);
		}
	}
}
