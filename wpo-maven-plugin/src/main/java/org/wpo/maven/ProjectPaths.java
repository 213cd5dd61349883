package org.wpo.maven;

import java.io.File;
import java.nio.file.Path;

/** Names files the way a user sees them in the project: relative to its base directory. */
final class ProjectPaths {

	private final Path baseDirectory;

	ProjectPaths(Path baseDirectory) {
		this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
	}

	Path baseDirectory() {
		return baseDirectory;
	}

	/** {@code path} relative to the base directory (with ".." when it lies outside). */
	String relative(Path path) {
		Path absolute = baseDirectory.resolve(path).normalize();
		if (absolute.getRoot() == null || !absolute.getRoot().equals(baseDirectory.getRoot())) {
			return absolute.toString();
		}
		String relative = baseDirectory.relativize(absolute).toString();
		return relative.isEmpty() ? "." : relative;
	}

	/** A path as written by the checker, absolute or not, relative to the base directory. */
	String relative(String path) {
		return relative(Path.of(path));
	}

	/** A message that names absolute paths inside the project, with those paths made relative. */
	String shorten(String message) {
		return message.replace(baseDirectory + File.separator, "");
	}
}
