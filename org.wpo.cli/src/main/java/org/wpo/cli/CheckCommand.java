package org.wpo.cli;

import org.wpo.dsl.workspace.LogCapture;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.wpo.dsl.ide.server.LibraryFolder;
import org.wpo.dsl.workspace.CheckResult;
import org.wpo.dsl.workspace.InputProblemException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code wpo check [PATH...]}: reports every problem of the model; never changes a file. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		header = "Checks .wpo files and reports every problem.",
		description = {
				"Prints one line per problem, then a summary:",
				"  file:line:column: severity: code: message",
				"Folders are searched recursively. The built-in model mswpo is loaded too,",
				"so files may 'import mswpo'. Without PATH, the built-in model itself is",
				"checked; its problems name its files in the read-only copy that",
				"'wpo lsp' also uses (~/.cache/wpo/library). No file of yours is changed." },
		exitCodeListHeading = "Exit status:%n",
		exitCodeList = { "0:no errors (warnings allowed)", "1:the model has errors",
				"2:wrong usage, missing or unreadable input, or an internal failure" })
final class CheckCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Mixin
	private QuietOption quiet;

	// Kept as written so that messages name a path exactly as the user typed it.
	@Parameters(paramLabel = "PATH", arity = "0..*", description = "A .wpo file or a folder to search.")
	private List<String> paths = new ArrayList<>();

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		CheckResult result;
		List<String> internalErrors;
		try {
			result = Language.checker().check(paths, quiet.progress(err));
		} catch (InputProblemException e) {
			err.println(Messages.problem(e.getMessage()));
			return ExitStatus.USAGE_OR_INPUT;
		} finally {
			internalErrors = LogCapture.takeErrors();
		}
		new CheckReport(result, paths.isEmpty(), paths.isEmpty() ? libraryCopy() : null).print(out);
		out.flush();
		if (!internalErrors.isEmpty()) {
			// A rule that failed leaves the check incomplete: say so rather than pass.
			internalErrors.stream().distinct().forEach(m -> err.println(Messages.problem("internal error: " + m)));
			return ExitStatus.USAGE_OR_INPUT;
		}
		return result.hasErrors() ? ExitStatus.ERRORS : ExitStatus.OK;
	}

	/**
	 * The built-in model's files as the language server writes them (read-only, in the user's cache),
	 * so that its diagnostics name files the user can open; null when they cannot be written.
	 */
	private static Path libraryCopy() {
		try {
			return LibraryFolder.materializeDefault().directory();
		} catch (UncheckedIOException e) {
			return null;
		}
	}
}
