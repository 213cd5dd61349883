package org.wpo.dsl.workspace;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.wpo.dsl.validation.WpoIssueCodes;
import org.wpo.dsl.workspace.WpoDiagnostic.Severity;

/**
 * Finds the .wpo files under the files and folders a user names: folders are searched recursively
 * and links are followed, but a link that leads back into its own folder is reported and not
 * followed again, and a .wpo link found there whose target is missing is reported as an error
 * ({@code wpo.broken-link}) while the other files are checked. Every file is loaded once even when reached by several paths.
 */
public final class SourceFileCollector {

	public static final String EXTENSION = ".wpo";

	/** The files found, sorted by their display path, and notes about the search itself. */
	public record Collected(List<SourceFile> files, List<WpoDiagnostic> notes) {
	}

	private SourceFileCollector() {
	}

	/**
	 * @param given files and folders as the user wrote them
	 * @throws InputProblemException when a path does not exist, cannot be read, names a file that is
	 *                               not a .wpo file, or names a folder without any .wpo file
	 */
	public static Collected collect(List<String> given) throws InputProblemException {
		List<SourceFile> found = new ArrayList<>();
		List<WpoDiagnostic> notes = new ArrayList<>();
		for (String text : given) {
			Path path = toPath(text);
			if (Files.isDirectory(path)) {
				int before = found.size() + brokenLinks(notes);
				walk(path, text, found, notes);
				if (found.size() + brokenLinks(notes) == before) {
					throw new InputProblemException("no " + EXTENSION + " file in folder: " + text);
				}
			} else if (Files.isRegularFile(path)) {
				if (!isModelFile(path)) {
					// The index of names knows languages by extension: another name would not link.
					throw new InputProblemException("not a " + EXTENSION + " file: " + text);
				}
				found.add(new SourceFile(path, path.normalize().toString()));
			} else if (Files.exists(path)) {
				throw new InputProblemException("not a file or folder: " + text);
			} else {
				throw new InputProblemException("no such file or folder: " + text);
			}
		}
		found.sort(Comparator.comparing(SourceFile::displayPath));
		return new Collected(withoutDuplicates(found, notes), notes);
	}

	private static int brokenLinks(List<WpoDiagnostic> notes) {
		return (int) notes.stream().filter(note -> WpoIssueCodes.BROKEN_LINK.equals(note.code())).count();
	}

	private static boolean isModelFile(Path file) {
		return file.getFileName() != null && file.getFileName().toString().endsWith(EXTENSION);
	}

	private static Path toPath(String text) throws InputProblemException {
		if (text.isEmpty()) {
			throw new InputProblemException("empty path");
		}
		try {
			return Path.of(text);
		} catch (InvalidPathException e) {
			throw new InputProblemException("not a valid path: " + text);
		}
	}

	private static void walk(Path folder, String folderText, List<SourceFile> found, List<WpoDiagnostic> notes)
			throws InputProblemException {
		Path displayBase = folder.normalize();
		try {
			Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
					new SimpleFileVisitor<>() {
						@Override
						public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
							if (!isModelFile(file)) {
								return FileVisitResult.CONTINUE;
							}
							String display = display(file);
							if (attributes.isSymbolicLink()) {
								// Only a link whose target is missing is reported as a link here.
								notes.add(brokenLink(file, display));
								return FileVisitResult.CONTINUE;
							}
							if (!attributes.isRegularFile()) {
								throw new Problem("not a file or folder: " + display);
							}
							found.add(new SourceFile(file, display));
							return FileVisitResult.CONTINUE;
						}

						@Override
						public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
							if (e instanceof FileSystemLoopException) {
								notes.add(new WpoDiagnostic(display(file), 1, 1, Severity.WARNING,
										WpoIssueCodes.LINK_LOOP, "This folder is reached again through a link"
												+ " (a loop); it is not searched a second time."));
								return FileVisitResult.CONTINUE;
							}
							throw new Problem("cannot read: " + display(file) + " (" + reason(e) + ")");
						}

						@Override
						public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
							if (e != null) {
								throw new Problem("cannot read folder: " + display(dir) + " (" + reason(e) + ")");
							}
							return FileVisitResult.CONTINUE;
						}

						private String display(Path file) {
							return displayBase.resolve(folder.relativize(file)).toString();
						}
					});
		} catch (Problem e) {
			throw new InputProblemException(e.getMessage());
		} catch (IOException e) {
			throw new InputProblemException("cannot read folder: " + folderText + " (" + reason(e) + ")", e);
		}
	}

	/**
	 * A link named like a .wpo file whose target is missing: one error for that path, and the other
	 * files are checked.
	 */
	private static WpoDiagnostic brokenLink(Path link, String display) {
		String target;
		try {
			target = " to '" + Files.readSymbolicLink(link) + "'";
		} catch (IOException | UnsupportedOperationException e) {
			target = "";
		}
		return new WpoDiagnostic(display, 1, 1, Severity.ERROR, WpoIssueCodes.BROKEN_LINK, "This link" + target
				+ " leads to no file, so its model is not checked; the other files are.");
	}

	/** Keeps the first of several paths to the same file and notes the others. */
	private static List<SourceFile> withoutDuplicates(List<SourceFile> files, List<WpoDiagnostic> notes)
			throws InputProblemException {
		Map<Path, SourceFile> byRealPath = new LinkedHashMap<>();
		for (SourceFile file : files) {
			Path real;
			try {
				real = file.path().toRealPath();
			} catch (IOException e) {
				throw new InputProblemException("cannot read file: " + file.displayPath() + " (" + reason(e) + ")", e);
			}
			SourceFile first = byRealPath.putIfAbsent(real, file);
			if (first != null && !first.displayPath().equals(file.displayPath())) {
				notes.add(new WpoDiagnostic(file.displayPath(), 1, 1, Severity.INFO, WpoIssueCodes.DUPLICATE_FILE,
						"Same file as " + first.displayPath() + "; it is checked once."));
			}
		}
		return new ArrayList<>(byRealPath.values());
	}

	/** A short reason for an I/O failure, without Java class names. */
	public static String reason(IOException e) {
		if (e instanceof NoSuchFileException) {
			return "no such file";
		}
		if (e instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (e instanceof FileSystemException fileSystemProblem && fileSystemProblem.getReason() != null) {
			return fileSystemProblem.getReason();
		}
		String message = e.getMessage();
		return message == null || message.isBlank() ? "unknown I/O error" : message;
	}

	/** Carries an input problem out of the file visitor, whose methods may only throw IOException. */
	private static final class Problem extends IOException {
		private static final long serialVersionUID = 1L;

		Problem(String message) {
			super(message);
		}
	}
}
