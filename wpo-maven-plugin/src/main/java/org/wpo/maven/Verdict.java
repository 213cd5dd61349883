package org.wpo.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.wpo.dsl.workspace.CheckResult;
import org.wpo.dsl.workspace.MessageText;

/** Whether a checked model passes the {@code validate} goal, and the failure message when not. */
record Verdict(String failure) {

	static Verdict of(CheckResult result, boolean failOnWarnings) {
		if (result.hasErrors()) {
			String also = failOnWarnings && result.warnings() > 0
					? " and " + MessageText.plural(result.warnings(), "warning")
					: "";
			return new Verdict("The WPO model has " + MessageText.plural(result.errors(), "error") + also
					+ " (listed above).");
		}
		if (failOnWarnings && result.warnings() > 0) {
			return new Verdict("The WPO model has " + MessageText.plural(result.warnings(), "warning")
					+ " (listed above) and failOnWarnings is set.");
		}
		return new Verdict(null);
	}

	boolean passes() {
		return failure == null;
	}

	void enforce() throws MojoFailureException {
		if (!passes()) {
			throw new MojoFailureException(failure);
		}
	}
}
