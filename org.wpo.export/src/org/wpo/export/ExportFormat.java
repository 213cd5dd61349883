package org.wpo.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.wpo.dsl.workspace.AtomicFiles;
import org.wpo.dsl.workspace.CheckResult;

/**
 * The export formats, and the one place where a format leads to its writer: the command line's
 * {@code wpo export} and the Maven plugin's goals both write through here. Every format is one
 * text, except csv: three files, written into a folder.
 */
public enum ExportFormat {
	JSON("wpo.json"), CSV("csv"), DOT("wpo.dot"), MERMAID("wpo.mmd"), PLANTUML("wpo.puml"), GRAPHML("wpo.graphml"),
	XMI("wpo.xmi"), SARIF("wpo.sarif");

	private final String fileName;

	ExportFormat(String fileName) {
		this.fileName = fileName;
	}

	/** The name users write: json, csv, dot, mermaid, plantuml, graphml, xmi or sarif. */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The format of that name, written as {@link #label()} writes it (lower case). */
	public static Optional<ExportFormat> named(String label) {
		return Arrays.stream(values()).filter(f -> f.label().equals(label)).findFirst();
	}

	/** The labels of some formats, comma-separated, in their order: {@code json, csv, ...}. */
	public static String labels(Collection<ExportFormat> formats) {
		return formats.stream().map(ExportFormat::label).collect(Collectors.joining(", "));
	}

	/** The name of its file in an output folder (wpo.json, wpo.dot, ...); for csv, of its folder. */
	public String fileName() {
		return fileName;
	}

	/** Whether the format is several files written into a folder (csv) rather than one text. */
	public boolean isFolder() {
		return this == CSV;
	}

	/** A SARIF log reports the check's problems, so it is the one format written for a model with errors. */
	public boolean exportsErrors() {
		return this == SARIF;
	}

	/**
	 * The files of the export, by file name: one for a format of one text, named {@link #fileName()},
	 * three for csv.
	 *
	 * @param toolVersion the version a SARIF log names as its tool's
	 */
	public Map<String, String> files(CheckResult result, String toolVersion) {
		if (this == CSV) {
			return CsvExport.write(ModelContents.of(result.resources()));
		}
		return Map.of(fileName, text(result, toolVersion));
	}

	/**
	 * The export as one text (the model, or for SARIF the check's diagnostics).
	 *
	 * @throws IllegalStateException for csv, which is several files (see {@link #isFolder()})
	 */
	public String text(CheckResult result, String toolVersion) {
		return switch (this) {
		case JSON -> JsonExport.toJson(result.resources());
		case DOT -> DotExport.write(graph(result));
		case MERMAID -> MermaidExport.write(graph(result));
		case PLANTUML -> PlantUmlExport.write(graph(result));
		case GRAPHML -> GraphMlExport.write(graph(result));
		case XMI -> XmiExport.write(result.resources());
		case SARIF -> SarifExport.write(result.diagnostics(), toolVersion);
		case CSV -> throw new IllegalStateException("csv is several files, written into a folder");
		};
	}

	private static ExportGraph graph(CheckResult result) {
		return ExportGraph.of(ModelContents.of(result.resources()));
	}

	/**
	 * Writes the export to {@code target}, each file whole or not at all: the file itself for a format
	 * of one text, the folder (created when missing) for csv.
	 *
	 * @return the files written, in order
	 */
	public List<Path> write(CheckResult result, String toolVersion, Path target) throws IOException {
		List<Path> written = new ArrayList<>();
		if (isFolder()) {
			Files.createDirectories(target);
			for (Map.Entry<String, String> file : files(result, toolVersion).entrySet()) {
				Path path = AtomicFiles.inside(target, file.getKey());
				AtomicFiles.write(path, file.getValue());
				written.add(path);
			}
		} else {
			AtomicFiles.write(target, text(result, toolVersion));
			written.add(target);
		}
		return written;
	}
}
