package org.wpo.maven;

import org.wpo.dsl.workspace.LogCapture;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.wpo.dsl.workspace.CheckResult;
import org.wpo.dsl.workspace.InputProblemException;
import org.wpo.dsl.workspace.MessageText;
import org.wpo.dsl.workspace.WorkspaceChecker;
import org.wpo.dsl.workspace.WpoDiagnostic;

/**
 * Checks a project's model with {@link WorkspaceChecker} (the built-in model mswpo loaded beside
 * it) and names every file relative to the project's base directory. Input that cannot be used at
 * all becomes a one-line failure; a rule that failed inside the checker becomes a one-line error.
 */
final class ProjectCheck {

	private ProjectCheck() {
	}

	/**
	 * @throws MojoFailureException   when a file or folder cannot be read
	 * @throws MojoExecutionException when the check itself failed, so its result would be incomplete
	 */
	static CheckResult run(ModelSources sources, ProjectPaths paths, Log log)
			throws MojoFailureException, MojoExecutionException {
		List<String> given = sources.withModels().stream().map(Path::toString).toList();
		CheckResult result;
		List<String> internalErrors;
		synchronized (WpoLanguage.LOCK) {
			try {
				result = WpoLanguage.checker().check(given);
			} catch (InputProblemException e) {
				throw new MojoFailureException("WPO: " + paths.shorten(e.getMessage()));
			} finally {
				internalErrors = LogCapture.takeErrors();
			}
		}
		if (!internalErrors.isEmpty()) {
			internalErrors.forEach(message -> log.error("internal error: " + paths.shorten(message)));
			throw new MojoExecutionException("The WPO check failed internally (" + MessageText.plural(internalErrors.size(),
					"error") + " above); its result would be incomplete.");
		}
		return relative(result, paths);
	}

	private static CheckResult relative(CheckResult result, ProjectPaths paths) {
		List<WpoDiagnostic> diagnostics = result.diagnostics().stream()
				.map(d -> new WpoDiagnostic(paths.relative(d.file()), d.line(), d.column(), d.severity(), d.code(),
						paths.shorten(d.message()), d.endLine(), d.endColumn()))
				.toList();
		List<String> files = result.files().stream().map(paths::relative).toList();
		return new CheckResult(files, diagnostics, result.counts(), result.resources(), result.resourceSet());
	}
}
