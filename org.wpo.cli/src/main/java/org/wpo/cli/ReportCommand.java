package org.wpo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.wpo.dsl.workspace.CheckResult;
import org.wpo.dsl.workspace.MessageText;
import org.wpo.query.ModelIndex;
import org.wpo.render.ReportSite;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code wpo report [--out DIR] [PATH...]}: the model as a static HTML site. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		header = "Writes the model as a static HTML site.",
		description = { "An index with the area map, the layer stack, a page per area and one per",
				"specification or technology (its protocol stack, its relations both ways),",
				"and a search box. The site needs no network: open DIR/index.html in a browser.",
				"Each file is written whole or not at all; older files are not removed." },
		exitCodeListHeading = "Exit status:%n",
		exitCodeList = { "0:written", "1:the model has errors (nothing written)",
				"2:wrong usage, bad input, or output that cannot be written" })
final class ReportCommand extends ModelPathsCommand {

	@Option(names = { "-o", "--out" }, paramLabel = "DIR", defaultValue = "wpo-report",
			description = "Folder to write into (default: ${DEFAULT-VALUE}).")
	private Path outFolder;

	@Override
	int run(CheckResult model, PrintWriter out, PrintWriter err) {
		ModelIndex index = ModelIndex.of(model.resourceSet());
		try {
			List<Path> files = ReportSite.write(index, outFolder);
			out.println(outFolder.resolve("index.html") + " (" + MessageText.plural(files.size(), "file") + " written)");
			out.flush();
			return ExitStatus.OK;
		} catch (IOException e) {
			err.println(Messages.cannotWrite("into " + outFolder, e));
			return ExitStatus.USAGE_OR_INPUT;
		}
	}
}
