package org.wpo.dsl.ui;

import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.containers.IAllContainersState;
import org.eclipse.xtext.ui.editor.hover.IEObjectHoverProvider;
import org.eclipse.xtext.ui.editor.model.IResourceForEditorInputFactory;
import org.eclipse.xtext.ui.editor.model.ResourceForIEditorInputFactory;
import org.eclipse.xtext.ui.editor.syntaxcoloring.IHighlightingConfiguration;
import org.eclipse.xtext.ui.resource.IResourceSetProvider;
import org.eclipse.xtext.ui.resource.SimpleResourceSetProvider;
import org.eclipse.xtext.ui.shared.Access;
import org.wpo.dsl.ide.highlighting.WpoHighlighting;
import org.wpo.dsl.ui.highlighting.WpoHighlightingConfiguration;
import org.wpo.dsl.ui.hover.WpoHoverProvider;

import com.google.inject.Provider;

/**
 * The Eclipse editor's services beyond what the Xtext generator binds in AbstractWpoUiModule (written
 * by the -Pide build): the highlighting and hover of the language server, and projects of any kind
 * (not only Java projects) as containers of .wpo files, without JDT.
 */
public class WpoUiModule extends AbstractWpoUiModule {

	public WpoUiModule(AbstractUIPlugin plugin) {
		super(plugin);
	}

	/** Models live in plain projects: every project sees the projects it references (no JDT needed). */
	@Override
	public Provider<? extends IAllContainersState> provideIAllContainersState() {
		return Access.getWorkspaceProjectsState();
	}

	public Class<? extends IResourceForEditorInputFactory> bindIResourceForEditorInputFactory() {
		return ResourceForIEditorInputFactory.class;
	}

	public Class<? extends IResourceSetProvider> bindIResourceSetProvider() {
		return SimpleResourceSetProvider.class;
	}

	// The binding methods below are named as Xtext names them, so they replace its defaults.

	public Class<? extends ISemanticHighlightingCalculator> bindIdeSemanticHighlightingCalculator() {
		return WpoHighlighting.class;
	}

	public Class<? extends IHighlightingConfiguration> bindIHighlightingConfiguration() {
		return WpoHighlightingConfiguration.class;
	}

	public Class<? extends IEObjectHoverProvider> bindIEObjectHoverProvider() {
		return WpoHoverProvider.class;
	}
}
