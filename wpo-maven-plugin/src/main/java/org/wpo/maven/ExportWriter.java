package org.wpo.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.wpo.dsl.workspace.AtomicFiles;
import org.wpo.dsl.workspace.CheckResult;
import org.wpo.export.ExportFormat;

/**
 * Writes exports into an output folder, each file whole or not at all (through
 * {@link ExportFormat#write} and {@link AtomicFiles}).
 */
final class ExportWriter {

	private final Path outputDirectory;

	ExportWriter(Path outputDirectory) {
		this.outputDirectory = outputDirectory;
	}

	/** @return the files written, in order */
	List<Path> write(CheckResult result, List<ExportFormat> formats) throws IOException {
		List<Path> written = new ArrayList<>();
		for (ExportFormat format : formats) {
			written.addAll(format.write(result, null, outputDirectory.resolve(format.fileName())));
		}
		return written;
	}

	/** Writes one file whole or not at all. */
	Path writeFile(String fileName, String text) throws IOException {
		Path target = AtomicFiles.inside(outputDirectory, fileName);
		AtomicFiles.write(target, text);
		return target;
	}
}
