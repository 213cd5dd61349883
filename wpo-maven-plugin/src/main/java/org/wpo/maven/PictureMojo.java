package org.wpo.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.wpo.dsl.workspace.CheckResult;
import org.wpo.dsl.workspace.MessageText;
import org.wpo.query.ModelIndex;

/**
 * What the render and report goals share: check the model, refuse one with errors, then let the
 * goal write its files from the loaded model (the project's files and the built-in library they
 * import) and log each file written.
 */
abstract class PictureMojo extends AbstractWpoMojo {

	/** Where the files go. It must not lie inside the sources. */
	@Parameter(property = "wpo.outputDirectory", defaultValue = "${project.build.directory}/wpo")
	File outputDirectory;

	/** What the goal is called in messages, such as "render". */
	abstract String goal();

	/** The subfolder of the output directory the goal writes into. */
	abstract String folder();

	abstract List<Path> write(ModelIndex index, Path folder) throws IOException, MojoExecutionException;

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		if (skip) {
			getLog().info("WPO: " + goal() + " is skipped (wpo.skip).");
			return;
		}
		ModelSources sources = sources();
		if (sources.isEmpty()) {
			logNoSources(sources, goal());
			return;
		}
		Path output = outputFolder(outputDirectory, sources).resolve(folder());
		CheckResult result = check(sources);
		if (result.hasErrors()) {
			DiagnosticLog.printErrors(getLog(), result);
			throw new MojoFailureException("The WPO model has " + MessageText.plural(result.errors(), "error")
					+ " (listed above); nothing was written.");
		}
		ProjectPaths paths = paths();
		List<Path> written;
		try {
			written = write(ModelIndex.of(result.resourceSet()), output);
		} catch (IOException e) {
			throw new MojoExecutionException("WPO: cannot write into " + paths.relative(output) + " ("
					+ paths.shorten(MessageText.describe(e)) + ")");
		}
		getLog().info("WPO: wrote " + MessageText.plural(written.size(), "file") + " into " + paths.relative(output));
	}
}
