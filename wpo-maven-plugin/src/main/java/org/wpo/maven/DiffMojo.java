package org.wpo.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.wpo.dsl.workspace.AtomicFiles;
import org.wpo.dsl.workspace.CheckResult;
import org.wpo.dsl.workspace.InputProblemException;
import org.wpo.query.diff.DiffInput;
import org.wpo.query.diff.JsonDiffWriter;
import org.wpo.query.diff.MarkdownDiffWriter;
import org.wpo.query.diff.ModelComparison;
import org.wpo.query.diff.ModelDiff;
import org.wpo.query.diff.ModelFacts;
import org.wpo.query.diff.TextDiffWriter;

/**
 * Compares the project's WPO model with a baseline, as {@code wpo diff} does: elements added,
 * removed, renamed and changed, relations added, removed and changed, the problems the model
 * has that the baseline did not and those it no longer has. The report goes into the log, and optionally into a file; the
 * build fails on differences only when asked to. The model files are only read.
 */
@Mojo(name = "diff", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class DiffMojo extends AbstractWpoMojo {

	/**
	 * The version to compare with: a folder or file (relative to the project), or a git revision
	 * such as {@code origin/main:src/main/wpo} (path from the top of the repository).
	 */
	@Parameter(property = "wpo.baseline", required = true)
	String baseline;

	/** The folders of the model to compare with the baseline; by default, {@code sourceDirectories}. */
	@Parameter(property = "wpo.models")
	List<File> models;

	/** Fails the build when the model differs from the baseline. */
	@Parameter(property = "wpo.failOnDifferences", defaultValue = "false")
	boolean failOnDifferences;

	/** A file to write the report to as well (under target/), for instance to post on a pull request. */
	@Parameter(property = "wpo.diffFile")
	File diffFile;

	/** The form of {@code diffFile}: text, json or markdown. */
	@Parameter(property = "wpo.diffFormat", defaultValue = "markdown")
	String diffFormat;

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		if (skip) {
			getLog().info("WPO: diff is skipped (wpo.skip).");
			return;
		}
		String format = diffFormat == null ? "markdown" : diffFormat.strip().toLowerCase(Locale.ROOT);
		if (!List.of("text", "json", "markdown").contains(format)) {
			throw new MojoExecutionException("WPO: unknown diffFormat '" + diffFormat + "'; use text, json or markdown.");
		}
		ModelSources sources = ModelSources.find(paths().baseDirectory(),
				models == null || models.isEmpty() ? sourceDirectories : models);
		if (sources.isEmpty()) {
			logNoSources(sources, "compare");
			return;
		}
		Path output = diffFile == null ? null : outputFolder(diffFile, sources);
		ModelFacts before = baseline();
		CheckResult now = check(sources);
		ModelFacts after = ModelFacts.of(now.resources(), now.diagnostics(), UnaryOperator.identity());
		ModelDiff diff = ModelComparison.compare(before, after);
		getLog().info("WPO: compared with " + baseline + ":");
		TextDiffWriter.write(diff).lines().forEach(line -> getLog().info(line));
		if (output != null) {
			String report = switch (format) {
			case "json" -> JsonDiffWriter.write(diff);
			case "text" -> TextDiffWriter.write(diff);
			default -> MarkdownDiffWriter.write(diff);
			};
			try {
				Files.createDirectories(output.getParent());
				AtomicFiles.write(output, report);
			} catch (IOException e) {
				throw new MojoExecutionException("WPO: cannot write " + paths().relative(output) + " (" + e.getMessage() + ")");
			}
			getLog().info("WPO: wrote " + paths().relative(output));
		}
		if (failOnDifferences && !diff.isEmpty()) {
			throw new MojoFailureException("The WPO model differs from " + baseline + ": " + diff.summary()
					+ " (listed above) and failOnDifferences is set.");
		}
	}

	/** The baseline's facts: a folder or file of the project, or the files of a git revision. */
	private ModelFacts baseline() throws MojoFailureException, MojoExecutionException {
		if (baseline == null || baseline.isBlank()) {
			throw new MojoFailureException("WPO: no baseline to compare with (set baseline or wpo.baseline).");
		}
		Path base = paths().baseDirectory();
		String given = baseline;
		try {
			// A path is the project's; a revision (REV:PATH) is read from the project's repository.
			if (!baseline.contains(":") || Files.exists(base.resolve(baseline))) {
				given = base.resolve(baseline).normalize().toString();
			}
		} catch (InvalidPathException e) {
			// Not a path: the revision reader judges it.
		}
		try (DiffInput input = DiffInput.open(given, base)) {
			Path load = Path.of(input.paths().get(0));
			CheckResult result = ProjectCheck.run(new ModelSources(List.of(load), List.of(load)), paths(), getLog());
			return ModelFacts.of(result.resources(), result.diagnostics(), UnaryOperator.identity());
		} catch (InputProblemException e) {
			throw new MojoFailureException("WPO: " + e.getMessage());
		}
	}
}
