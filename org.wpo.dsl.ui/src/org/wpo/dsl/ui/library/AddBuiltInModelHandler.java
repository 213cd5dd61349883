package org.wpo.dsl.ui.library;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Path;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;
import org.wpo.dsl.ide.server.LibraryFolder;
import org.wpo.dsl.library.BuiltInLibrary;

/**
 * Makes the built-in model visible in a project, as the language server does for every workspace:
 * writes its files to disk ({@link LibraryFolder}, the same folder the language server uses) and
 * links them into the project as the folder {@code mswpo}, so that {@code import mswpo} resolves and
 * go to definition opens them.
 */
public class AddBuiltInModelHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IStructuredSelection selection = HandlerUtil.getCurrentStructuredSelection(event);
		for (Object selected : selection.toList()) {
			IResource resource = Adapters.adapt(selected, IResource.class);
			if (resource != null) {
				link(resource.getProject());
			}
		}
		return null;
	}

	private static void link(IProject project) throws ExecutionException {
		IPath location = new Path(LibraryFolder.materializeDefault().directory().toString());
		IFolder folder = project.getFolder(BuiltInLibrary.NAMESPACE);
		try {
			if (folder.exists() && !location.equals(folder.getLocation())) {
				// A link to the model of an earlier version of the tool.
				folder.delete(IResource.NONE, null);
			}
			if (!folder.exists()) {
				folder.createLink(location, IResource.NONE, null);
			}
			folder.setDerived(true, null);
		} catch (CoreException e) {
			throw new ExecutionException("The built-in model cannot be linked into " + project.getName(), e);
		}
	}
}
