package org.wpo.studio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.wpo.dsl.workspace.InputProblemException;
import org.wpo.dsl.workspace.SourceFile;
import org.wpo.dsl.workspace.SourceFileCollector;

/**
 * Where the studio's model lives: the files and folders named on the command line. Every path a
 * client sends is relative to {@link #base()} (the folders' common parent) and must name a .wpo file
 * inside one of them: no absolute path, no {@code ..}, no way out through a symbolic link.
 */
final class ModelFolders {

	private final List<Path> roots;

	private final Path base;

	/**
	 * @param paths files and folders; each must exist
	 * @throws InputProblemException when a path is neither a folder nor a .wpo file (as {@code wpo check} says)
	 */
	ModelFolders(List<Path> paths) throws IOException, InputProblemException {
		List<Path> real = new ArrayList<>();
		for (Path path : paths) {
			if (!Files.isDirectory(path)) {
				if (!Files.isRegularFile(path)) {
					throw new InputProblemException("not a file or folder: " + path);
				}
				if (!path.getFileName().toString().endsWith(SourceFileCollector.EXTENSION)) {
					throw new InputProblemException("not a " + SourceFileCollector.EXTENSION + " file: " + path);
				}
			}
			real.add(path.toRealPath());
		}
		this.roots = List.copyOf(real);
		this.base = commonParent(real);
	}

	/** The folder client paths are relative to. */
	Path base() {
		return base;
	}

	List<Path> roots() {
		return roots;
	}

	/** The folders to watch: each folder root, and the folder of each file root. */
	List<Path> folders() {
		return roots.stream().map(root -> Files.isDirectory(root) ? root : root.getParent()).distinct().toList();
	}

	/** The model's .wpo files now, in the order the checker loads them (empty when there are none). */
	List<Path> files() {
		List<Path> files = new ArrayList<>();
		for (Path root : roots) {
			try {
				for (SourceFile file : SourceFileCollector.collect(List.of(root.toString())).files()) {
					Path path = file.path().toAbsolutePath().normalize();
					if (inside(path, root)) {
						files.add(path);
					}
				}
			} catch (InputProblemException e) {
				// A folder without .wpo files (yet), or a file gone: it adds nothing.
			}
		}
		return files.stream().distinct().toList();
	}

	/** The path a client uses for a file of the model. */
	String relative(Path file) {
		return base.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
	}

	/**
	 * The file a client's path names, checked to lie inside the model's folders.
	 *
	 * @throws IllegalArgumentException with the reason, for the client
	 */
	Path resolve(String given) {
		if (given == null || given.isBlank()) {
			throw new IllegalArgumentException("no path given");
		}
		Path relative;
		try {
			relative = Path.of(given);
		} catch (InvalidPathException e) {
			throw new IllegalArgumentException("not a path: " + given);
		}
		if (relative.isAbsolute() || given.startsWith("/") || given.startsWith("\\")) {
			throw new IllegalArgumentException("a path must be relative to the model's folder: " + given);
		}
		for (Path part : relative) {
			if (part.toString().equals("..")) {
				throw new IllegalArgumentException("a path may not leave the model's folder: " + given);
			}
		}
		if (!given.toLowerCase(Locale.ROOT).endsWith(SourceFileCollector.EXTENSION)) {
			throw new IllegalArgumentException("not a .wpo file: " + given);
		}
		Path file = base.resolve(relative).normalize();
		Path root = rootOf(file);
		if (root == null) {
			throw new IllegalArgumentException("outside the model's folders: " + given);
		}
		try {
			// Symbolic links may not lead out: the real place of the file (or of its folder, for a
			// new file) must still be inside the root.
			Path existing = Files.exists(file, LinkOption.NOFOLLOW_LINKS) ? file : file.getParent();
			if (existing == null || !Files.exists(existing)) {
				throw new IllegalArgumentException("no such folder: " + given);
			}
			Path real = existing.toRealPath();
			if (!(Files.isDirectory(root) ? real.startsWith(root) : real.equals(root))) {
				throw new IllegalArgumentException("a link leads outside the model's folders: " + given);
			}
		} catch (IOException e) {
			throw new IllegalArgumentException("cannot read " + given + " (" + e.getClass().getSimpleName() + ")");
		}
		return file;
	}

	/** Whether the file, with its links followed, lies in the root (a link leading out is no model file). */
	private static boolean inside(Path file, Path root) {
		try {
			Path real = file.toRealPath();
			return Files.isDirectory(root) ? real.startsWith(root) : real.equals(root);
		} catch (IOException e) {
			return false;
		}
	}

	private Path rootOf(Path file) {
		for (Path root : roots) {
			if (Files.isDirectory(root) ? file.startsWith(root) && !file.equals(root) : file.equals(root)) {
				return root;
			}
		}
		return null;
	}

	private static Path commonParent(List<Path> paths) {
		Path common = null;
		for (Path path : paths) {
			Path folder = Files.isDirectory(path) ? path : path.getParent();
			if (common == null) {
				common = folder;
			} else {
				while (!folder.startsWith(common)) {
					common = common.getParent();
				}
			}
		}
		return common == null ? Path.of("").toAbsolutePath() : common;
	}
}
