package org.wpo.dsl.ide.server;

import java.nio.file.Path;
import java.util.function.Supplier;

import org.eclipse.xtext.build.Indexer;
import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;
import org.eclipse.xtext.ide.server.IMultiRootWorkspaceConfigFactory;
import org.eclipse.xtext.ide.server.IProjectDescriptionFactory;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.ide.server.concurrent.IRequestManager;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.util.Modules2;

import com.google.common.base.Suppliers;
import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.Provides;

/**
 * The Guice module of the WPO language server: Xtext's {@link ServerModule} with the WPO language
 * registered directly, the built-in model as a project of every workspace, diagnostics with WPO
 * codes, an index that keeps what tells which files an edit affects ({@link WpoIndexer}), an exit that is reported instead of ending the process, documents that clamp positions
 * outside their text, and errors instead of failures for unknown documents.
 */
public final class WpoServerModule extends AbstractModule {

	private final Supplier<LibraryFolder> library;

	private WpoServerModule(Supplier<LibraryFolder> library) {
		this.library = Suppliers.memoize(library::get)::get;
	}

	/** The server, with the built-in model written below its default folder (see {@link LibraryFolder}). */
	public static Module create() {
		return create(LibraryFolder::materializeDefault);
	}

	/** The server, with the built-in model written below the given folder. */
	public static Module create(Path libraryBase) {
		return create(() -> LibraryFolder.materialize(libraryBase));
	}

	private static Module create(Supplier<LibraryFolder> library) {
		return Modules2.mixin(new ServerModule(), new WpoServerModule(library));
	}

	@Override
	protected void configure() {
		bind(IResourceServiceProvider.Registry.class).toProvider(WpoLanguageRegistry.class);
		bind(IMultiRootWorkspaceConfigFactory.class).to(WpoWorkspaceConfigFactory.class);
		bind(IProjectDescriptionFactory.class).to(WpoProjectDescriptionFactory.class);
		bind(LanguageServerImpl.class).to(WpoLanguageServer.class);
		bind(ILanguageServerShutdownAndExitHandler.class).to(ShutdownAndExit.class);
		bind(WorkspaceManager.class).to(WpoWorkspaceManager.class);
		bind(IRequestManager.class).to(WpoRequestManager.class);
		bind(Indexer.class).to(WpoIndexer.class);
	}

	@Provides
	LibraryFolder library() {
		return library.get();
	}
}
