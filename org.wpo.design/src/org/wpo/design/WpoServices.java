package org.wpo.design;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.MultiRule;
import org.eclipse.swt.widgets.Display;
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

	/**
	 * Not now: the tool's command is still running inside Sirius's write transaction, and a refresh
	 * there makes Sirius reload the files through the same command stack. Once the command has returned
	 * (tools run on the UI thread, so after the current event), a workspace job refreshes the files and
	 * the session reloads them on its own.
	 */
	@Override
	protected void saved(List<Path> files) {
		List<IFile> changed = new ArrayList<>();
		for (Path file : files) {
			changed.addAll(List.of(ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(file.toUri())));
		}
		if (changed.isEmpty()) {
			return;
		}
		Display display = Display.getCurrent();
		if (display != null) {
			display.asyncExec(() -> new RefreshFiles(changed).schedule());
		} else {
			new RefreshFiles(changed).schedule();
		}
	}

	@Override
	protected void report(EditResult result) {
		if (!result.saved()) {
			StatusManager.getManager().handle(new Status(IStatus.WARNING, Activator.PLUGIN_ID, result.message()),
					StatusManager.SHOW | StatusManager.LOG);
		}
	}

	/** Refreshes the files a tool wrote, under their refresh rule. */
	private static final class RefreshFiles extends WorkspaceJob {

		private final List<IFile> files;

		RefreshFiles(List<IFile> files) {
			super("Refresh the files a diagram tool saved");
			this.files = files;
			List<ISchedulingRule> rules = new ArrayList<>();
			for (IFile file : files) {
				rules.add(ResourcesPlugin.getWorkspace().getRuleFactory().refreshRule(file));
			}
			setRule(MultiRule.combine(rules.toArray(ISchedulingRule[]::new)));
			setSystem(true);
		}

		@Override
		public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
			for (IFile file : files) {
				try {
					file.refreshLocal(IResource.DEPTH_ZERO, monitor);
				} catch (CoreException e) {
					StatusManager.getManager().handle(e.getStatus(), StatusManager.LOG);
				}
			}
			return Status.OK_STATUS;
		}
	}
}
