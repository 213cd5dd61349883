package org.wpo.cli;

import org.wpo.dsl.workspace.LogCapture;
import org.wpo.dsl.WpoStandaloneSetup;
import org.wpo.dsl.workspace.WorkspaceChecker;

import com.google.inject.Injector;

/** The WPO language set up once per process, without Eclipse. */
final class Language {

	private static Injector injector;

	private Language() {
	}

	static synchronized Injector injector() {
		if (injector == null) {
			LogCapture.install();
			injector = new WpoStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	static WorkspaceChecker checker() {
		return injector().getInstance(WorkspaceChecker.class);
	}
}
