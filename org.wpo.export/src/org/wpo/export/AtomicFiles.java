package org.wpo.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
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
	 * As {@link #write}, but never replaces a file: when {@code target} exists (or appears meanwhile),
	 * it keeps its bytes and a {@link FileAlreadyExistsException} is thrown. The finished temporary
	 * file is linked to the target name, which fails if the name is taken; where the file system has
	 * no hard links, it is moved without replacing.
	 */
	public static void writeNew(Path target, String text) throws IOException {
		Path folder = target.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
			throw new FileAlreadyExistsException(target.toString());
		}
		Path temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
		try {
			Files.writeString(temporary, text, StandardCharsets.UTF_8);
			try {
				Files.createLink(target, temporary);
			} catch (FileAlreadyExistsException e) {
				throw e;
			} catch (UnsupportedOperationException | FileSystemException e) {
				Files.move(temporary, target);
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
