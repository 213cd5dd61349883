package org.wpo.design;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.statushandlers.StatusManager;
import org.wpo.edit.EditResult;
import org.wpo.services.sirius.WpoDiagramServices;

/**
 * The Java extension the viewpoint names. Every service is inherited from org.wpo.services'
 * {@link WpoDiagramServices}, where the logic lives and is tested; this class only connects it to the
 * workbench: it lets the workspace (and so the Sirius session, which reloads changed files) see the
 * files a tool saved, and shows why a tool did nothing.
 */
public class WpoServices extends WpoDiagramServices {

	@Override
	protected void saved(List<Path> files) {
		for (Path file : files) {
			for (IFile workspaceFile : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(file.toUri())) {
				try {
					workspaceFile.refreshLocal(IResource.DEPTH_ZERO, null);
				} catch (CoreException e) {
					StatusManager.getManager().handle(e.getStatus(), StatusManager.LOG);
				}
			}
		}
	}

	@Override
	protected void report(EditResult result) {
		if (!result.saved()) {
			StatusManager.getManager().handle(new Status(IStatus.WARNING, Activator.PLUGIN_ID, result.message()),
					StatusManager.SHOW | StatusManager.LOG);
		}
	}
}
