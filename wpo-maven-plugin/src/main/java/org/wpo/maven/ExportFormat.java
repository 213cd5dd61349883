package org.wpo.maven;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.wpo.dsl.workspace.CheckResult;
import org.wpo.export.DotExport;
import org.wpo.export.ExportGraph;
import org.wpo.export.GraphMlExport;
import org.wpo.export.JsonExport;
import org.wpo.export.MermaidExport;
import org.wpo.export.ModelContents;
import org.wpo.export.PlantUmlExport;
import org.wpo.export.XmiExport;

/**
 * The formats of the {@code export} goal and the file each is written to. The text itself comes
 * from org.wpo.export; csv is several files, written into a folder of their own.
 */
enum ExportFormat {
	JSON("wpo.json"), CSV("csv"), DOT("wpo.dot"), MERMAID("wpo.mmd"), PLANTUML("wpo.puml"), GRAPHML("wpo.graphml"),
	XMI("wpo.xmi");

	/** The file name, or for csv the folder name, inside the output folder. */
	final String fileName;

	ExportFormat(String fileName) {
		this.fileName = fileName;
	}

	String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The text of a single-file format. */
	String render(CheckResult result) {
		return switch (this) {
		case JSON -> JsonExport.toJson(result.resources());
		case DOT -> DotExport.write(graph(result));
		case MERMAID -> MermaidExport.write(graph(result));
		case PLANTUML -> PlantUmlExport.write(graph(result));
		case GRAPHML -> GraphMlExport.write(graph(result));
		case XMI -> XmiExport.write(result.resources());
		case CSV -> throw new IllegalStateException("csv is written as several files");
		};
	}

	private static ExportGraph graph(CheckResult result) {
		return ExportGraph.of(ModelContents.of(result.resources()));
	}

	/**
	 * The formats named in the configuration, in order and each once; case and surrounding blanks do
	 * not matter.
	 *
	 * @throws IllegalArgumentException naming the unknown format and the known ones
	 */
	static List<ExportFormat> parse(List<String> names) {
		Set<ExportFormat> formats = new LinkedHashSet<>();
		for (String name : names == null ? List.<String>of() : names) {
			String key = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
			if (key.isEmpty()) {
				continue;
			}
			try {
				formats.add(valueOf(key));
			} catch (IllegalArgumentException e) {
				throw new IllegalArgumentException("unknown WPO export format '" + name.strip() + "'; known formats: "
						+ Arrays.stream(values()).map(ExportFormat::label).collect(Collectors.joining(", ")), e);
			}
		}
		if (formats.isEmpty()) {
			throw new IllegalArgumentException("no WPO export format given; known formats: "
					+ Arrays.stream(values()).map(ExportFormat::label).collect(Collectors.joining(", ")));
		}
		return new ArrayList<>(formats);
	}
}
