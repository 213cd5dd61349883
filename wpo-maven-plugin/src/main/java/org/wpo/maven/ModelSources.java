package org.wpo.maven;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.wpo.dsl.workspace.SourceFileCollector;

/**
 * The source folders of a project that hold .wpo files. Folders that are missing or hold no .wpo
 * file are left out, so that a project without models is skipped rather than failed; a configured
 * path that is a file is kept, and the checker judges it.
 *
 * @param configured every configured folder, absolute
 * @param withModels the folders (or files) to check, absolute
 */
record ModelSources(List<Path> configured, List<Path> withModels) {

	static final String DEFAULT_FOLDER = "src/main/wpo";

	boolean isEmpty() {
		return withModels.isEmpty();
	}

	/** @param folders as configured, relative to {@code baseDirectory} or absolute; null or empty for the default */
	static ModelSources find(Path baseDirectory, List<File> folders) {
		List<Path> configured = new ArrayList<>();
		if (folders == null || folders.isEmpty()) {
			configured.add(baseDirectory.resolve(DEFAULT_FOLDER).normalize());
		} else {
			folders.forEach(folder -> configured.add(baseDirectory.resolve(folder.toPath()).normalize()));
		}
		List<Path> withModels = new ArrayList<>();
		for (Path path : configured) {
			if (!withModels.contains(path) && holdsModels(path)) {
				withModels.add(path);
			}
		}
		return new ModelSources(List.copyOf(configured), List.copyOf(withModels));
	}

	private static boolean holdsModels(Path path) {
		if (!Files.isDirectory(path)) {
			return Files.exists(path);
		}
		try (Stream<Path> found = Files.find(path, Integer.MAX_VALUE,
				(file, attributes) -> file.getFileName().toString().endsWith(SourceFileCollector.EXTENSION),
				FileVisitOption.FOLLOW_LINKS)) {
			return found.findAny().isPresent();
		} catch (IOException | UncheckedIOException e) {
			// An unreadable folder or a link loop: the checker reports it properly.
			return true;
		}
	}
}
