package org.wpo.dsl.ide.server;

import java.util.List;

import org.eclipse.xtext.ide.server.DefaultProjectDescriptionFactory;
import org.eclipse.xtext.resource.impl.ProjectDescription;
import org.eclipse.xtext.workspace.IProjectConfig;

/** Makes every project of the workspace depend on the built-in model's project, so its names are visible. */
public class WpoProjectDescriptionFactory extends DefaultProjectDescriptionFactory {

	@Override
	public ProjectDescription getProjectDescription(IProjectConfig config) {
		ProjectDescription description = super.getProjectDescription(config);
		if (!WpoWorkspaceConfigFactory.LIBRARY_PROJECT.equals(config.getName())) {
			description.setDependencies(List.of(WpoWorkspaceConfigFactory.LIBRARY_PROJECT));
		}
		return description;
	}
}
