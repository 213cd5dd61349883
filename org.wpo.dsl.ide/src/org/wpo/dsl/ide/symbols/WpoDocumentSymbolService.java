package org.wpo.dsl.ide.symbols;

import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.xtext.findReferences.IReferenceFinder;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.xbase.lib.Procedures.Procedure1;
import org.wpo.dsl.naming.WpoResourceDescriptionStrategy;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Workspace symbols with the kinds of the outline; a name that is an alias says whose alias it is
 * (as the symbol's container name).
 */
@Singleton
public class WpoDocumentSymbolService extends DocumentSymbolService {

	@Inject
	private WpoSymbolKinds kinds;

	@Inject
	private IQualifiedNameConverter qualifiedNameConverter;

	/** Qualified names as the language writes them: mswpo::MS-RPCE. */
	@Override
	protected String getSymbolName(QualifiedName qualifiedName) {
		return qualifiedName == null ? null : qualifiedNameConverter.toString(qualifiedName);
	}

	@Override
	protected SymbolKind getSymbolKind(IEObjectDescription description) {
		return kinds.getSymbolKind(description);
	}

	@Override
	protected void createSymbol(IEObjectDescription description, IReferenceFinder.IResourceAccess resourceAccess,
			Procedure1<? super WorkspaceSymbol> acceptor) {
		String aliasOf = description.getUserData(WpoResourceDescriptionStrategy.ALIAS_OF);
		super.createSymbol(description, resourceAccess, symbol -> {
			if (aliasOf != null) {
				symbol.setContainerName("alias of " + aliasOf);
			}
			acceptor.apply(symbol);
		});
	}
}
