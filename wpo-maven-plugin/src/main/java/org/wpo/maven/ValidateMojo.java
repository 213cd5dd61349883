package org.wpo.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.wpo.dsl.workspace.CheckResult;

/**
 * Checks the project's WPO model and fails the build when it has errors (or, with
 * {@code failOnWarnings}, warnings). Every diagnostic is written into the log as
 * {@code file:line:column: severity: CODE: message}, then a summary. No file is written or changed.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ValidateMojo extends AbstractWpoMojo {

	/** Fails the build on warnings too. */
	@Parameter(property = "wpo.failOnWarnings", defaultValue = "false")
	boolean failOnWarnings;

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		if (skip) {
			getLog().info("WPO: validation is skipped (wpo.skip).");
			return;
		}
		ModelSources sources = sources();
		if (sources.isEmpty()) {
			logNoSources(sources, "validate");
			return;
		}
		CheckResult result = check(sources);
		DiagnosticLog.print(getLog(), result);
		Verdict.of(result, failOnWarnings).enforce();
	}
}
