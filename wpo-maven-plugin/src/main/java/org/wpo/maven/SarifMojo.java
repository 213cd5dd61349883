package org.wpo.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.wpo.dsl.workspace.CheckResult;
import org.wpo.dsl.workspace.MessageText;
import org.wpo.dsl.workspace.WpoDiagnostic;
import org.wpo.export.ExportFormat;
import org.wpo.export.SarifExport;

/**
 * Writes the diagnostics of the check as a SARIF 2.1.0 log, {@code target/wpo/wpo.sarif}, for
 * code-scanning tools; file locations are relative to the project's base directory. Errors in the
 * model do not fail this goal (that is {@code validate}'s job); list it before {@code validate} so
 * that the report is written even when validation fails the build. A project without .wpo files
 * gets a log without results.
 */
@Mojo(name = "sarif", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class SarifMojo extends AbstractWpoMojo {

	static final String FILE_NAME = ExportFormat.SARIF.fileName();

	/** Where wpo.sarif goes. It must not lie inside the sources. */
	@Parameter(property = "wpo.outputDirectory", defaultValue = "${project.build.directory}/wpo")
	File outputDirectory;

	@Parameter(defaultValue = "${plugin.version}", readonly = true)
	String pluginVersion;

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		if (skip) {
			getLog().info("WPO: SARIF report is skipped (wpo.skip).");
			return;
		}
		ModelSources sources = sources();
		Path output = outputFolder(outputDirectory, sources);
		List<WpoDiagnostic> diagnostics;
		String counts;
		if (sources.isEmpty()) {
			logNoSources(sources, "check");
			diagnostics = List.of();
			counts = "no files checked";
		} else {
			CheckResult result = check(sources);
			diagnostics = result.diagnostics();
			counts = MessageText.plural(result.errors(), "error") + ", " + MessageText.plural(result.warnings(), "warning");
		}
		ProjectPaths paths = paths();
		Path written;
		try {
			written = new ExportWriter(output).writeFile(FILE_NAME, SarifExport.write(diagnostics, pluginVersion));
		} catch (IOException e) {
			throw new MojoExecutionException("WPO: cannot write into " + paths.relative(output) + " ("
					+ paths.shorten(MessageText.describe(e)) + ")");
		}
		getLog().info("WPO: wrote " + paths.relative(written) + " (" + counts + ")");
	}
}
