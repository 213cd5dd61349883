package org.wpo.dsl.ide.symbols;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;
import org.wpo.dsl.wpo.WpoPackage;

import com.google.inject.Singleton;

/**
 * Symbol kinds by declaration: specifications as classes, technologies as interfaces, areas as
 * namespaces, the layer and product lists as enums and their entries as enum members, extensions as
 * objects. The same kinds colour references (see the semantic highlighting).
 */
@Singleton
public class WpoSymbolKinds extends DocumentSymbolKindProvider {

	@Override
	protected SymbolKind getSymbolKind(EClass type) {
		WpoPackage wpo = WpoPackage.eINSTANCE;
		if (type == wpo.getSpecification()) {
			return SymbolKind.Class;
		}
		if (type == wpo.getTechnology()) {
			return SymbolKind.Interface;
		}
		if (type == wpo.getArea()) {
			return SymbolKind.Namespace;
		}
		if (type == wpo.getLayerSet() || type == wpo.getProductSet()) {
			return SymbolKind.Enum;
		}
		if (type == wpo.getLayer() || type == wpo.getProduct()) {
			return SymbolKind.EnumMember;
		}
		if (type == wpo.getExtension()) {
			return SymbolKind.Object;
		}
		return SymbolKind.Property;
	}
}
