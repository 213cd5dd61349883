package org.wpo.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.wpo.dsl.workspace.CheckResult;

/** What every WPO goal shares: where the model is, and how it is checked. */
abstract class AbstractWpoMojo extends AbstractMojo {

	/** The project's base directory; diagnostics name files relative to it. */
	@Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
	protected File baseDirectory;

	/**
	 * The folders searched (recursively) for .wpo files. Folders that do not exist or hold no .wpo
	 * file are passed over; when none holds one, the goal does nothing. The built-in model
	 * {@code mswpo} is always loaded beside them, so files may {@code import mswpo}.
	 */
	@Parameter(property = "wpo.sourceDirectories", defaultValue = "${project.basedir}/src/main/wpo")
	protected List<File> sourceDirectories;

	/** Skips the goal. */
	@Parameter(property = "wpo.skip", defaultValue = "false")
	protected boolean skip;

	protected ProjectPaths paths() {
		return new ProjectPaths(baseDirectory.toPath());
	}

	protected ModelSources sources() {
		return ModelSources.find(paths().baseDirectory(), sourceDirectories);
	}

	/** Says that there is nothing to do, naming the folders that were searched. */
	protected void logNoSources(ModelSources sources, String nothingTo) {
		ProjectPaths paths = paths();
		getLog().info("WPO: no .wpo files in " + sources.configured().stream().map(paths::relative)
				.collect(Collectors.joining(", ")) + "; nothing to " + nothingTo + ".");
	}

	protected CheckResult check(ModelSources sources) throws MojoFailureException, MojoExecutionException {
		return ProjectCheck.run(sources, paths(), getLog());
	}

	/** Refuses an output folder inside the sources: the plugin never writes there. */
	protected Path outputFolder(File outputDirectory, ModelSources sources) throws MojoExecutionException {
		ProjectPaths paths = paths();
		Path output = paths.baseDirectory().resolve(outputDirectory.toPath()).normalize();
		List<Path> forbidden = new ArrayList<>(sources.configured());
		forbidden.add(paths.baseDirectory().resolve("src"));
		for (Path source : forbidden) {
			if (output.startsWith(source) || source.startsWith(output)) {
				throw new MojoExecutionException("WPO: the output folder " + paths.relative(output)
						+ " overlaps the sources (" + paths.relative(source) + "); choose a folder under target/.");
			}
		}
		return output;
	}
}
