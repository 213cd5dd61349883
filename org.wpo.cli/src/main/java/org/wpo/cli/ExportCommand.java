package org.wpo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.wpo.dsl.workspace.CheckResult;
import org.wpo.export.ExportFormat;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

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

	/** The formats as picocli offers and reads them: by their labels, json, csv, ... */
	static final class Formats implements Iterable<String>, ITypeConverter<ExportFormat> {
		@Override
		public Iterator<String> iterator() {
			return Arrays.stream(ExportFormat.values()).map(ExportFormat::label).iterator();
		}

		@Override
		public ExportFormat convert(String value) {
			return ExportFormat.named(value).orElseThrow(() -> new TypeConversionException("expected one of ["
					+ ExportFormat.labels(List.of(ExportFormat.values())) + "] (case-sensitive) but was '" + value + "'"));
		}
	}

	@Option(names = { "-f", "--format" }, required = true, paramLabel = "FORMAT", converter = Formats.class,
			completionCandidates = Formats.class, description = "One of: ${COMPLETION-CANDIDATES}.")
	private ExportFormat format;

	@Option(names = { "-o", "--output" }, paramLabel = "OUT",
			description = "File to write (a folder for csv); stdout when absent.")
	private Path output;

	@Override
	String usageProblem() {
		return format.isFolder() && output == null ? "csv writes three files: name a folder with -o" : null;
	}

	@Override
	boolean refusesErrors() {
		return !format.exportsErrors();
	}

	@Override
	int run(CheckResult result, PrintWriter out, PrintWriter err) {
		try {
			if (output == null) {
				out.print(format.text(result, VersionProvider.version()));
				out.flush();
			} else {
				format.write(result, VersionProvider.version(), output);
			}
			return ExitStatus.OK;
		} catch (IOException e) {
			err.println(Messages.cannotWrite(String.valueOf(output), e));
			return ExitStatus.USAGE_OR_INPUT;
		}
	}
}
