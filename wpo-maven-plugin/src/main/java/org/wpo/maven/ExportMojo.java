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
import org.wpo.export.ExportFormat;

/**
 * Writes the project's WPO model in other formats into {@code target/wpo/}: wpo.json, csv/ (one
 * file each for specifications, technologies and relations), wpo.dot, wpo.mmd (Mermaid), wpo.puml
 * (PlantUML), wpo.graphml, wpo.xmi. Each file is written whole or not at all
 * (through org.wpo.dsl's AtomicFiles). A model with errors
 * is not exported: its errors are listed and the build fails.
 */
@Mojo(name = "export", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class ExportMojo extends AbstractWpoMojo {

	/** The formats to write: json, csv, dot, mermaid, plantuml, graphml, xmi. */
	@Parameter(property = "wpo.formats", defaultValue = "json")
	List<String> formats;

	/** Where the files go. It must not lie inside the sources. */
	@Parameter(property = "wpo.outputDirectory", defaultValue = "${project.build.directory}/wpo")
	File outputDirectory;

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		if (skip) {
			getLog().info("WPO: export is skipped (wpo.skip).");
			return;
		}
		List<ExportFormat> chosen;
		try {
			chosen = ExportFormats.parse(formats);
		} catch (IllegalArgumentException e) {
			throw new MojoExecutionException("WPO: " + e.getMessage());
		}
		ModelSources sources = sources();
		if (sources.isEmpty()) {
			logNoSources(sources, "export");
			return;
		}
		Path output = outputFolder(outputDirectory, sources);
		CheckResult result = check(sources);
		if (result.hasErrors()) {
			DiagnosticLog.printErrors(getLog(), result);
			throw new MojoFailureException("The WPO model has " + MessageText.plural(result.errors(), "error")
					+ " (listed above); nothing was exported.");
		}
		ProjectPaths paths = paths();
		List<Path> written;
		try {
			written = new ExportWriter(output).write(result, chosen);
		} catch (IOException e) {
			throw new MojoExecutionException("WPO: cannot write into " + paths.relative(output) + " ("
					+ paths.shorten(MessageText.describe(e)) + ")");
		}
		written.forEach(file -> getLog().info("WPO: wrote " + paths.relative(file)));
	}
}
