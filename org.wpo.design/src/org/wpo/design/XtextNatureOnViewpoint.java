package org.wpo.design;

import java.util.Arrays;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.URI;
import org.eclipse.sirius.business.api.session.Session;
import org.eclipse.sirius.business.api.session.SessionListener;
import org.eclipse.sirius.business.api.session.SessionManagerListener;
import org.eclipse.sirius.viewpoint.description.Viewpoint;

/**
 * Gives a project the Xtext nature when the "WPO Architecture" viewpoint is enabled on it (or a
 * session that has it enabled opens). Without the nature the Xtext builder never indexes the
 * project, so in a project opened first through Sirius references into other files and into the
 * built-in model stay unresolved and the diagrams miss their edges. Registered through the
 * org.eclipse.sirius.sessionManagerListener extension point (plugin.xml).
 */
public class XtextNatureOnViewpoint extends SessionManagerListener.Stub {

	static final String VIEWPOINT = "WPOArchitecture";

	static final String XTEXT_NATURE = "org.eclipse.xtext.ui.shared.xtextNature";

	@Override
	public void notifyAddSession(Session session) {
		addNatureIfEnabled(session);
	}

	@Override
	public void notify(Session session, int notification) {
		if (notification == SessionListener.SELECTED_VIEWS_CHANGE_KIND) {
			addNatureIfEnabled(session);
		}
	}

	private static void addNatureIfEnabled(Session session) {
		if (session == null || session.getSessionResource() == null) {
			return;
		}
		boolean enabled = false;
		for (Viewpoint viewpoint : session.getSelectedViewpoints(false)) {
			enabled |= VIEWPOINT.equals(viewpoint.getName());
		}
		URI uri = session.getSessionResource().getURI();
		if (!enabled || uri == null || !uri.isPlatformResource() || uri.segmentCount() < 2) {
			return;
		}
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(URI.decode(uri.segment(1)));
		if (project.isAccessible() && !hasNature(project)) {
			new AddNature(project).schedule();
		}
	}

	private static boolean hasNature(IProject project) {
		try {
			return project.hasNature(XTEXT_NATURE);
		} catch (CoreException e) {
			return true;
		}
	}

	/** Adds the nature (whose configuration adds the Xtext builder) outside Sirius's command. */
	private static final class AddNature extends WorkspaceJob {

		private final IProject project;

		AddNature(IProject project) {
			super("Add the Xtext nature to " + project.getName());
			this.project = project;
			setRule(ResourcesPlugin.getWorkspace().getRuleFactory().modifyRule(project));
			setSystem(true);
		}

		@Override
		public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
			if (!project.isAccessible() || project.hasNature(XTEXT_NATURE)) {
				return Status.OK_STATUS;
			}
			IProjectDescription description = project.getDescription();
			String[] natures = Arrays.copyOf(description.getNatureIds(), description.getNatureIds().length + 1);
			natures[natures.length - 1] = XTEXT_NATURE;
			description.setNatureIds(natures);
			project.setDescription(description, monitor);
			return Status.OK_STATUS;
		}
	}
}
