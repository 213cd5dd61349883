package org.wpo.dsl.ide;

import org.eclipse.xtext.ide.editor.contentassist.IPrefixMatcher;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.wpo.dsl.ide.contentassist.WpoContentAssistService;
import org.wpo.dsl.ide.contentassist.WpoContentProposalProvider;
import org.wpo.dsl.ide.contentassist.WpoCrossrefProposalProvider;
import org.wpo.dsl.ide.contentassist.WpoPrefixMatcher;
import org.wpo.dsl.ide.contentassist.WpoProposalAcceptor;
import org.wpo.dsl.ide.fixes.WpoCodeActionService;
import org.wpo.dsl.ide.highlighting.WpoHighlighting;
import org.wpo.dsl.ide.hover.WpoHoverService;
import org.wpo.dsl.ide.rename.WpoRenameService;
import org.wpo.dsl.ide.symbols.WpoDocumentSymbolService;
import org.wpo.dsl.ide.symbols.WpoOutlineSymbols;
import org.wpo.dsl.ide.symbols.WpoSymbolDeprecation;
import org.wpo.dsl.ide.symbols.WpoSymbolDetails;
import org.wpo.dsl.ide.symbols.WpoSymbolKinds;
import org.wpo.dsl.ide.symbols.WpoSymbolNames;

import org.eclipse.xtext.resource.IResourceDescription;
import org.wpo.dsl.naming.WpoResourceDescriptionManager;

import com.google.inject.Binder;

/**
 * The IDE services of the WPO language, shared by the language server and the Eclipse editor:
 * completion, hover, code actions (fixes), rename, outline and workspace symbols, highlighting.
 */
public class WpoIdeModule extends AbstractWpoIdeModule {

	/**
	 * An edit rebuilds only the files whose diagnostics it can change (the language server's builder
	 * asks this manager); the checker builds every file and needs no such decision.
	 */
	public Class<? extends IResourceDescription.Manager> bindIResourceDescription$Manager() {
		return WpoResourceDescriptionManager.class;
	}

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return WpoContentProposalProvider.class;
	}

	public Class<? extends IdeContentProposalAcceptor> bindIdeContentProposalAcceptor() {
		return WpoProposalAcceptor.class;
	}

	public Class<? extends IdeCrossrefProposalProvider> bindIdeCrossrefProposalProvider() {
		return WpoCrossrefProposalProvider.class;
	}

	@Override
	public Class<? extends IPrefixMatcher> bindIPrefixMatcher() {
		return WpoPrefixMatcher.class;
	}

	public Class<? extends ContentAssistService> bindContentAssistService() {
		return WpoContentAssistService.class;
	}

	public Class<? extends IHoverService> bindIHoverService() {
		return WpoHoverService.class;
	}

	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return WpoCodeActionService.class;
	}

	@Override
	public Class<? extends IRenameService2> bindIRenameService2() {
		return WpoRenameService.class;
	}

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return WpoHighlighting.class;
	}

	public Class<? extends DocumentSymbolService> bindDocumentSymbolService() {
		return WpoDocumentSymbolService.class;
	}

	public Class<? extends HierarchicalDocumentSymbolService> bindHierarchicalDocumentSymbolService() {
		return WpoOutlineSymbols.class;
	}

	public void configureDocumentSymbols(Binder binder) {
		binder.bind(DocumentSymbolMapper.DocumentSymbolNameProvider.class).to(WpoSymbolNames.class);
		binder.bind(DocumentSymbolMapper.DocumentSymbolKindProvider.class).to(WpoSymbolKinds.class);
		binder.bind(DocumentSymbolMapper.DocumentSymbolDetailsProvider.class).to(WpoSymbolDetails.class);
		binder.bind(DocumentSymbolMapper.DocumentSymbolDeprecationInfoProvider.class).to(WpoSymbolDeprecation.class);
	}
}
