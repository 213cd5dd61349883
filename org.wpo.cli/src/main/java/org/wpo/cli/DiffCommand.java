package org.wpo.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.wpo.dsl.workspace.InputProblemException;
import org.wpo.query.diff.DiffInput;
import org.wpo.query.diff.JsonDiffWriter;
import org.wpo.query.diff.MarkdownDiffWriter;
import org.wpo.query.diff.ModelComparison;
import org.wpo.query.diff.ModelDiff;
import org.wpo.query.diff.ModelFacts;
import org.wpo.query.diff.TextDiffWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code wpo diff OLD NEW}: what changed between two versions of a model, as a model. */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		header = "Compares two versions of a model, as models.",
		description = { "Elements added, removed, renamed (same title and relations under a new name)",
				"and changed (kind, title, status, layer, area, applies, aka, description,",
				"remark, sections, covers), relations added, removed and changed (via, only,",
				"section, source, note), the problems 'wpo check' finds in NEW that OLD does",
				"not have, and those it fixed. OLD and NEW are .wpo files, folders, or git",
				"revisions such as HEAD~1:models/ (path from the top of the repository). Both",
				"may import mswpo; only their own files are compared, but a relation to a",
				"built-in element counts. Where a file is does not matter." },
		exitCodeListHeading = "Exit status:%n",
		exitCodeList = { "0:no difference", "1:differences", "2:wrong usage, bad path or revision, or bad input" })
final class DiffCommand implements Callable<Integer> {

	enum Format {
		text, json, markdown
	}

	@Spec
	private CommandSpec spec;

	@Mixin
	private QuietOption quiet;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
			description = "text, json or markdown (default: ${DEFAULT-VALUE}).")
	private Format format;

	@Parameters(index = "0", paramLabel = "OLD", description = "The old version: a .wpo file, a folder or REV:PATH.")
	private String older;

	@Parameters(index = "1", paramLabel = "NEW", description = "The new version: a .wpo file, a folder or REV:PATH.")
	private String newer;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		ModelFacts before = load(older, err);
		if (before == null) {
			return ExitStatus.USAGE_OR_INPUT;
		}
		ModelFacts after = load(newer, err);
		if (after == null) {
			return ExitStatus.USAGE_OR_INPUT;
		}
		ModelDiff diff = ModelComparison.compare(before, after);
		out.print(switch (format) {
		case text -> TextDiffWriter.write(diff);
		case json -> JsonDiffWriter.write(diff);
		case markdown -> MarkdownDiffWriter.write(diff);
		});
		out.flush();
		return diff.isEmpty() ? ExitStatus.OK : ExitStatus.ERRORS;
	}

	/** One side's facts, or null after one line on stderr. */
	private ModelFacts load(String given, PrintWriter err) {
		try (DiffInput input = DiffInput.open(given, Path.of("").toAbsolutePath())) {
			ModelLoading.Loaded loaded = ModelLoading.load(input.paths(), err, quiet.progress(err), false);
			if (loaded.failed()) {
				return null;
			}
			return ModelFacts.of(loaded.result().resources(), loaded.result().diagnostics(), input::display);
		} catch (InputProblemException e) {
			err.println(Messages.problem(e.getMessage()));
			return null;
		}
	}
}
