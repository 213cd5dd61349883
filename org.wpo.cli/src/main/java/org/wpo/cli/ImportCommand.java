package org.wpo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.wpo.dsl.workspace.LogCapture;
import org.wpo.dsl.workspace.MessageText;
import org.wpo.dsl.workspace.ModelCounts;
import org.wpo.dsl.workspace.AtomicFiles;
import org.wpo.export.XmiImport;
import org.wpo.export.XmiImportException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code wpo import FILE.xmi [-o OUT.wpo] [--force]}: an XMI export back into .wpo text. */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		header = "Turns an XMI export of a model back into .wpo text.",
		description = { "Reads an XMI file as 'wpo export --format xmi' writes it and prints the model as",
				"formatted .wpo text, or writes it to OUT (whole or not at all, never over an existing",
				"file unless --force). The files of one model become one file; comments and layout are",
				"not in the XMI and so not in the text. The XMI file is untrusted: a DOCTYPE",
				"declaration (entities, external DTDs) is refused, and no other file is read." },
		exitCodeListHeading = "Exit status:%n",
		exitCodeList = { "0:imported", "2:wrong usage, a missing, unreadable, malformed or refused XMI file, or output",
				"  that cannot be written (nothing written)" })
final class ImportCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(paramLabel = "FILE", arity = "1", description = "The XMI file to import.")
	private String file;

	@Option(names = { "-o", "--output" }, paramLabel = "OUT", description = "The .wpo file to write; stdout when absent.")
	private Path output;

	@Option(names = "--force", description = "Replace OUT if it exists.")
	private boolean force;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		if (force && output == null) {
			err.println(Messages.problem("--force applies only with -o OUT"));
			return ExitStatus.USAGE_OR_INPUT;
		}
		XmiImport.Imported imported;
		List<String> internalErrors;
		try {
			imported = Language.injector().getInstance(XmiImport.class).read(Path.of(file), file);
		} catch (XmiImportException e) {
			err.println(Messages.problem(e.getMessage()));
			return ExitStatus.USAGE_OR_INPUT;
		} finally {
			internalErrors = LogCapture.takeErrors();
		}
		if (!internalErrors.isEmpty()) {
			internalErrors.stream().distinct().forEach(m -> err.println(Messages.problem("internal error: " + m)));
			return ExitStatus.USAGE_OR_INPUT;
		}
		if (output == null) {
			out.print(imported.text());
			out.flush();
			return ExitStatus.OK;
		}
		if (Files.isDirectory(output)) {
			err.println(Messages.problem("cannot write " + output + " (a folder)"));
			return ExitStatus.USAGE_OR_INPUT;
		}
		try {
			if (force) {
				AtomicFiles.write(output, imported.text());
			} else {
				AtomicFiles.writeNew(output, imported.text());
			}
		} catch (FileAlreadyExistsException e) {
			err.println(Messages.problem(output + " exists; nothing written (--force replaces it)"));
			return ExitStatus.USAGE_OR_INPUT;
		} catch (IOException e) {
			err.println(Messages.cannotWrite(output.toString(), e));
			return ExitStatus.USAGE_OR_INPUT;
		}
		ModelCounts counts = ModelCounts.of(1, List.of(imported.model().eResource()));
		String name = imported.model().getName();
		out.println("wrote " + output + ": " + (name == null ? "a model without a name" : "model " + name) + ", "
				+ MessageText.plural(counts.elements(), "element") + ", " + MessageText.plural(counts.relations(), "relation")
				+ ", " + MessageText.plural(counts.areas(), "area"));
		out.flush();
		return ExitStatus.OK;
	}
}
