package org.wpo.dsl.workspace;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one way the tool writes a file, so that it is never seen half-written: the bytes go to a
 * temporary file in the same folder, which is then moved over the target in one step, with the
 * permissions of the file it replaces (a new file is readable by everyone). A process killed in
 * between leaves the target as it was and a hidden temporary file {@code .NAME.NUMBERS.tmp}; the next
 * write of the same target deletes those of them that are more than an hour old (younger ones may
 * belong to a write still running).
 *
 * Exports, diagrams, the report, the import and the editor all write through here; the editor, which
 * saves several files at once, {@linkplain #stage stages} each before it places any.
 */
public final class AtomicFiles {

	private AtomicFiles() {
	}

	/** How old a temporary file must be before a later write takes it for a leftover of a killed one. */
	static final Duration STALE = Duration.ofHours(1);

	/** The permissions of a new file: readable by everyone, like any file a tool writes. */
	private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");

	/**
	 * Replaces (or creates) the target with the text, in UTF-8. The text is encoded while it is
	 * written, a buffer at a time, so a large text is never held twice.
	 */
	public static void write(Path target, String text) throws IOException {
		try (Staged staged = stage(target, utf8(text))) {
			staged.place();
		}
	}

	/** Replaces (or creates) the target with the bytes. */
	public static void write(Path target, byte[] bytes) throws IOException {
		try (Staged staged = stage(target, bytes)) {
			staged.place();
		}
	}

	/**
	 * As {@link #write}, but never replaces a file: when {@code target} exists (or appears meanwhile),
	 * it keeps its bytes and a {@link FileAlreadyExistsException} is thrown. The finished temporary
	 * file is linked to the target name, which fails if the name is taken; where the file system has
	 * no hard links, it is moved without replacing.
	 */
	public static void writeNew(Path target, String text) throws IOException {
		if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
			throw new FileAlreadyExistsException(target.toString());
		}
		try (Staged staged = stage(target, utf8(text))) {
			try {
				Files.createLink(staged.target, staged.temporary);
			} catch (FileAlreadyExistsException e) {
				throw e;
			} catch (UnsupportedOperationException | FileSystemException e) {
				Files.move(staged.temporary, staged.target);
			}
		}
	}

	/**
	 * Writes the bytes to a temporary file beside the target, with the permissions the target has now
	 * (or those of a new file), and leaves the target alone until {@link Staged#place()}. Closing the
	 * staged file deletes the temporary file if it was not placed.
	 */
	public static Staged stage(Path target, byte[] bytes) throws IOException {
		return stage(target, temporary -> Files.write(temporary, bytes));
	}

	/** What fills a temporary file. */
	@FunctionalInterface
	private interface Content {
		void writeTo(Path temporary) throws IOException;
	}

	/** A text in UTF-8; a lone surrogate becomes '?', as String.getBytes writes it. */
	private static Content utf8(String text) {
		return temporary -> {
			try (Writer writer = new OutputStreamWriter(Files.newOutputStream(temporary), StandardCharsets.UTF_8)) {
				writer.write(text);
			}
		};
	}

	private static Staged stage(Path target, Content content) throws IOException {
		Path absolute = target.toAbsolutePath();
		Path folder = absolute.getParent();
		Files.createDirectories(folder);
		String prefix = "." + absolute.getFileName() + ".";
		deleteStaleTemporaries(folder, prefix);
		Path temporary = Files.createTempFile(folder, prefix, ".tmp");
		Staged staged = new Staged(absolute, temporary);
		try {
			content.writeTo(temporary);
			permit(temporary, absolute);
		} catch (IOException | RuntimeException e) {
			staged.close();
			throw e;
		}
		return staged;
	}

	/** A finished temporary file waiting to take its target's place. */
	public static final class Staged implements AutoCloseable {
		private final Path target;
		private final Path temporary;

		private Staged(Path target, Path temporary) {
			this.target = target;
			this.temporary = temporary;
		}

		/** Moves the temporary file over the target in one step (or, where that is impossible, in one move). */
		public void place() throws IOException {
			try {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
		}

		/** Deletes the temporary file when it was not placed; a leftover is harmless and tidied later. */
		@Override
		public void close() {
			try {
				Files.deleteIfExists(temporary);
			} catch (IOException e) {
				// The next write of the target deletes it once it is stale.
			}
		}
	}

	/**
	 * Gives the temporary file, which starts private to its owner, the permissions the target has,
	 * or those of a new file, before it takes the target's place.
	 */
	private static void permit(Path temporary, Path target) throws IOException {
		if (!temporary.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			return;
		}
		Set<PosixFilePermission> permissions = NEW_FILE;
		if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
			permissions = Files.getPosixFilePermissions(target, LinkOption.NOFOLLOW_LINKS);
		}
		Files.setPosixFilePermissions(temporary, permissions);
	}

	/**
	 * The temporary files older than {@link #STALE} of each folder written into, listed once per
	 * folder and process: a report writes thousands of files into one folder.
	 */
	private static final Map<Path, List<Path>> STALE_BY_FOLDER = new ConcurrentHashMap<>();

	/** Deletes the temporary files of earlier writes of the same target that a killed process left. */
	private static void deleteStaleTemporaries(Path folder, String prefix) {
		for (Path leftover : STALE_BY_FOLDER.computeIfAbsent(folder, AtomicFiles::staleTemporaries)) {
			String name = leftover.getFileName().toString();
			if (name.startsWith(prefix) && name.substring(prefix.length()).matches("[0-9]+\\.tmp")) {
				try {
					Files.deleteIfExists(leftover);
				} catch (IOException e) {
					// Only tidying: the write itself does not depend on it.
				}
			}
		}
	}

	private static List<Path> staleTemporaries(Path folder) {
		Instant before = Instant.now().minus(STALE);
		List<Path> stale = new ArrayList<>();
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
			for (Path file : files) {
				String name = file.getFileName().toString();
				if (name.startsWith(".") && name.matches(".+\\.[0-9]+\\.tmp")
						&& Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
						&& Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(before)) {
					stale.add(file);
				}
			}
		} catch (IOException | DirectoryIteratorException e) {
			// Nothing is tidied in a folder that cannot be listed.
		}
		return stale;
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
