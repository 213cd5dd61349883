package org.wpo.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that it is never seen half-written: the text goes to a temporary file in the
 * same folder, which is then moved over the target in one step.
 */
public final class AtomicFiles {

	private AtomicFiles() {
	}

	public static void write(Path target, String text) throws IOException {
		Path folder = target.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
		try {
			Files.writeString(temporary, text, StandardCharsets.UTF_8);
			try {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	/**
	 * Resolves a file name inside an output folder, refusing any name that would leave it (an
	 * absolute path, "..", a separator), since names may come from the model.
	 */
	public static Path inside(Path folder, String fileName) {
		Path base = folder.toAbsolutePath().normalize();
		Path resolved = base.resolve(fileName).normalize();
		if (fileName.isEmpty() || fileName.contains("/") || fileName.contains("\\") || !resolved.getParent().equals(base)) {
			throw new IllegalArgumentException("'" + fileName + "' is not a plain file name inside " + base);
		}
		return resolved;
	}
}
