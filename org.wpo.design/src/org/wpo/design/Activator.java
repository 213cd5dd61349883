package org.wpo.design;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.sirius.business.api.componentization.ViewpointRegistry;
import org.eclipse.sirius.viewpoint.description.Viewpoint;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

/** Registers the "WPO Architecture" viewpoint (description/wpo.odesign) with Sirius while the bundle runs. */
public class Activator extends AbstractUIPlugin {

	public static final String PLUGIN_ID = "org.wpo.design";

	private static Activator plugin;

	private final Set<Viewpoint> viewpoints = new HashSet<>();

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		plugin = this;
		viewpoints.addAll(ViewpointRegistry.getInstance().registerFromPlugin(PLUGIN_ID + "/description/wpo.odesign"));
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		plugin = null;
		for (Viewpoint viewpoint : viewpoints) {
			ViewpointRegistry.getInstance().disposeFromPlugin(viewpoint);
		}
		viewpoints.clear();
		super.stop(context);
	}

	public static Activator getDefault() {
		return plugin;
	}
}
