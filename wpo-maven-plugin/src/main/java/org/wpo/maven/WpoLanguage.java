package org.wpo.maven;

import org.wpo.dsl.workspace.LogCapture;
import org.wpo.dsl.WpoStandaloneSetup;
import org.wpo.dsl.workspace.WorkspaceChecker;

import com.google.inject.Injector;

/**
 * The WPO language, set up once per plugin class realm (Maven keeps the realm for the whole build,
 * so a reactor of many model projects pays for it once).
 */
final class WpoLanguage {

	/** Checks run one at a time: EMF's registries and log4j are shared by the whole realm. */
	static final Object LOCK = new Object();

	private static Injector injector;

	private WpoLanguage() {
	}

	static WorkspaceChecker checker() {
		synchronized (LOCK) {
			if (injector == null) {
				LogCapture.install();
				injector = new WpoStandaloneSetup().createInjectorAndDoEMFRegistration();
			}
			return injector.getInstance(WorkspaceChecker.class);
		}
	}
}
