package org.wpo.query.diff;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.wpo.dsl.workspace.InputProblemException;

/**
 * One side of a comparison as the user named it: a file or folder, or a git revision
 * ({@code HEAD~1:models/}) whose files are copied into a temporary folder until {@link #close}.
 * An argument that names an existing file or folder is a path; otherwise one with a colon is a
 * revision; anything else is left to the checker, which says that it does not exist.
 */
public final class DiffInput implements AutoCloseable {

	private final String given;
	private final String load;
	private final Path copy;

	private DiffInput(String given, String load, Path copy) {
		this.given = given;
		this.load = load;
		this.copy = copy;
	}

	/**
	 * @param given            a path or a revision, as the user wrote it
	 * @param workingDirectory where relative paths and the git repository are looked for
	 * @throws InputProblemException when a revision cannot be read (not a repository, unknown
	 *                               revision, no .wpo file there, git missing)
	 */
	public static DiffInput open(String given, Path workingDirectory) throws InputProblemException {
		if (exists(given, workingDirectory) || !given.contains(":") || given.matches("[A-Za-z]:[\\\\/].*")) {
			return new DiffInput(given, given, null);
		}
		GitRevision revision = new GitRevision(given, workingDirectory);
		Path copy;
		try {
			copy = Files.createTempDirectory("wpo-diff").toRealPath();
		} catch (IOException e) {
			throw new InputProblemException("cannot make a temporary folder for " + given + " (" + e.getMessage() + ")");
		}
		try {
			return new DiffInput(given, revision.extract(copy).toString(), copy);
		} catch (InputProblemException | RuntimeException e) {
			delete(copy);
			throw e;
		}
	}

	private static boolean exists(String given, Path workingDirectory) {
		try {
			return Files.exists(workingDirectory.resolve(given));
		} catch (InvalidPathException e) {
			return false;
		}
	}

	/** Whether this side is a git revision. */
	public boolean isRevision() {
		return copy != null;
	}

	/** What to give the checker: the path as the user wrote it, or the copy of the revision's files. */
	public List<String> paths() {
		return List.of(load);
	}

	/** A file as the checker named it, shown as the user knows it: in a revision, {@code REV:path}. */
	public String display(String file) {
		if (copy == null || !file.startsWith(copy + File.separator)) {
			return file;
		}
		String revision = given.substring(0, given.indexOf(':'));
		return revision + ":" + file.substring(copy.toString().length() + 1).replace(File.separatorChar, '/');
	}

	/** Deletes the copy of a revision's files. */
	@Override
	public void close() {
		if (copy != null) {
			delete(copy);
		}
	}

	private static void delete(Path folder) {
		try (Stream<Path> all = Files.walk(folder)) {
			all.sorted(Comparator.reverseOrder()).forEach(path -> {
				try {
					Files.deleteIfExists(path);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		} catch (IOException | UncheckedIOException e) {
			// A temporary folder that stays behind harms nothing.
		}
	}

	@Override
	public String toString() {
		return given;
	}
}
