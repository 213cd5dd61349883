package org.wpo.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.wpo.dsl.workspace.AtomicFiles;
import org.wpo.dsl.workspace.CheckResult;
import org.wpo.export.CsvExport;
import org.wpo.export.ModelContents;

/**
 * Writes exports into an output folder, each file whole or not at all (through
 * {@link AtomicFiles}).
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
			if (format == ExportFormat.CSV) {
				Path folder = outputDirectory.resolve(format.fileName);
				Files.createDirectories(folder);
				for (Map.Entry<String, String> file : CsvExport.write(ModelContents.of(result.resources())).entrySet()) {
					Path target = AtomicFiles.inside(folder, file.getKey());
					AtomicFiles.write(target, file.getValue());
					written.add(target);
				}
			} else {
				Path target = outputDirectory.resolve(format.fileName);
				AtomicFiles.write(target, format.render(result));
				written.add(target);
			}
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
