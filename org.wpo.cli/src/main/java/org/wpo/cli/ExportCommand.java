package org.wpo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.wpo.dsl.workspace.CheckResult;
import org.wpo.dsl.workspace.AtomicFiles;
import org.wpo.export.CsvExport;
import org.wpo.export.DotExport;
import org.wpo.export.ExportGraph;
import org.wpo.export.GraphMlExport;
import org.wpo.export.JsonExport;
import org.wpo.export.MermaidExport;
import org.wpo.export.ModelContents;
import org.wpo.export.PlantUmlExport;
import org.wpo.export.SarifExport;
import org.wpo.export.XmiExport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code wpo export --format F [-o OUT] [PATH...]}: writes the model in another format. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		header = "Writes the model in another format.",
		description = { "Formats: json, csv (three files: needs -o FOLDER), dot, mermaid, plantuml, graphml,",
				"xmi, sarif (the check's diagnostics). Without -o the output goes to stdout.",
				"Files are written whole or not at all. Without PATH, the built-in model is exported.",
				"A model with errors is not exported, except as sarif." },
		exitCodeListHeading = "Exit status:%n",
		exitCodeList = { "0:written", "1:the model has errors (nothing written)",
				"2:wrong usage, missing or unreadable input, or output that cannot be written" })
final class ExportCommand extends ModelPathsCommand {

	enum Format {
		json, csv, dot, mermaid, plantuml, graphml, xmi, sarif
	}

	@Option(names = { "-f", "--format" }, required = true, paramLabel = "FORMAT",
			description = "One of: ${COMPLETION-CANDIDATES}.")
	private Format format;

	@Option(names = { "-o", "--output" }, paramLabel = "OUT",
			description = "File to write (a folder for csv); stdout when absent.")
	private Path output;

	@Override
	String usageProblem() {
		return format == Format.csv && output == null ? "csv writes three files: name a folder with -o" : null;
	}

	/** A SARIF log reports the errors, so a model with errors is exported as sarif only. */
	@Override
	boolean refusesErrors() {
		return format != Format.sarif;
	}

	@Override
	int run(CheckResult result, PrintWriter out, PrintWriter err) {
		try {
			if (format == Format.csv) {
				Files.createDirectories(output);
				for (Map.Entry<String, String> file : CsvExport.write(ModelContents.of(result.resources())).entrySet()) {
					AtomicFiles.write(AtomicFiles.inside(output, file.getKey()), file.getValue());
				}
				return ExitStatus.OK;
			}
			String text = render(result);
			if (output == null) {
				out.print(text);
				out.flush();
			} else {
				AtomicFiles.write(output, text);
			}
			return ExitStatus.OK;
		} catch (IOException e) {
			err.println(Messages.cannotWrite(String.valueOf(output), e));
			return ExitStatus.USAGE_OR_INPUT;
		}
	}

	private String render(CheckResult result) {
		ModelContents contents = ModelContents.of(result.resources());
		return switch (format) {
		case json -> JsonExport.toJson(result.resources());
		case dot -> DotExport.write(ExportGraph.of(contents));
		case mermaid -> MermaidExport.write(ExportGraph.of(contents));
		case plantuml -> PlantUmlExport.write(ExportGraph.of(contents));
		case graphml -> GraphMlExport.write(ExportGraph.of(contents));
		case xmi -> XmiExport.write(result.resources());
		case sarif -> SarifExport.write(result.diagnostics(), VersionProvider.version());
		case csv -> throw new IllegalStateException("csv is written as files");
		};
	}
}
