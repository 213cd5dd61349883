package org.wpo.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top command: only dispatches to its subcommands. */
@Command(name = "wpo", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		description = "Works with models of the Windows protocol family (MS-WPO).",
		subcommands = { CheckCommand.class, ExportCommand.class, ImportCommand.class, StackCommand.class,
				ImpactCommand.class, PathCommand.class, ListCommand.class, DiffCommand.class, RenderCommand.class, ReportCommand.class,
				LspCommand.class, StudioCommand.class, HelpCommand.class })
final class WpoCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		spec.commandLine().getErr().println(Messages.problem("missing command (see 'wpo --help')"));
		return ExitStatus.USAGE_OR_INPUT;
	}
}
