package org.wpo.dsl.ide.server;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.xtext.ide.server.MultiRootWorkspaceConfigFactory;
import org.eclipse.xtext.util.UriUtil;
import org.eclipse.xtext.workspace.FileProjectConfig;
import org.eclipse.xtext.workspace.IWorkspaceConfig;
import org.eclipse.xtext.workspace.WorkspaceConfig;

import com.google.inject.Inject;

/**
 * One project per workspace folder, as Xtext does by default, plus one project that holds the
 * built-in model: its files (written to disk by {@link LibraryFolder}) are indexed but never
 * validated, and every other project depends on it (see {@link WpoProjectDescriptionFactory}), so
 * {@code import mswpo} resolves everywhere and go to definition opens the library's files.
 */
public class WpoWorkspaceConfigFactory extends MultiRootWorkspaceConfigFactory {

	/** Name of the project that holds the built-in model; no workspace folder gets this name. */
	public static final String LIBRARY_PROJECT = "mswpo (built-in model)";

	@Inject
	private LibraryFolder library;

	/** The built-in model's project: indexed so that it can be referenced, never validated. */
	public static final class LibraryProjectConfig extends FileProjectConfig {

		LibraryProjectConfig(URI path, IWorkspaceConfig workspace) {
			super(path, LIBRARY_PROJECT, workspace);
			addSourceFolder(".");
		}

		@Override
		public boolean isIndexOnly() {
			return true;
		}
	}

	@Override
	public IWorkspaceConfig getWorkspaceConfig(List<WorkspaceFolder> workspaceFolders) {
		WorkspaceConfig workspaceConfig = new WorkspaceConfig();
		Set<String> names = new HashSet<>();
		names.add(LIBRARY_PROJECT);
		URI libraryUri = getUriExtensions().withEmptyAuthority(UriUtil.createFolderURI(library.directory().toFile()));
		workspaceConfig.addProject(new LibraryProjectConfig(libraryUri, workspaceConfig));
		for (WorkspaceFolder folder : workspaceFolders) {
			addProjectsForWorkspaceFolder(workspaceConfig, folder, names);
		}
		return workspaceConfig;
	}
}
