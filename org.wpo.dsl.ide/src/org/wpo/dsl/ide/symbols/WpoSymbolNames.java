package org.wpo.dsl.ide.symbols;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.QualifiedName;
import org.wpo.dsl.naming.WpoQualifiedNameProvider;
import org.wpo.dsl.wpo.Extension;
import org.wpo.dsl.wpo.LayerSet;
import org.wpo.dsl.wpo.ProductSet;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Names in the outline: a declaration by its simple name (the outline shows the file, whose model is
 * known), the layer and product lists as "layers" and "products", an extension as "extend X".
 * Workspace symbols keep their qualified names, such as mswpo::MS-RPCE.
 */
@Singleton
public class WpoSymbolNames extends DocumentSymbolNameProvider {

	@Inject
	private IQualifiedNameConverter qualifiedNameConverter;

	@Override
	public String getName(EObject object) {
		if (object instanceof LayerSet) {
			return "layers";
		}
		if (object instanceof ProductSet) {
			return "products";
		}
		if (object instanceof Extension extension) {
			return "extend " + (extension.getTarget() == null || extension.getTarget().eIsProxy() ? "?"
					: extension.getTarget().getName());
		}
		String name = WpoQualifiedNameProvider.simpleName(object);
		return name == null || name.isEmpty() ? null : name;
	}

	@Override
	protected String getName(QualifiedName qualifiedName) {
		return qualifiedName == null ? null : qualifiedNameConverter.toString(qualifiedName);
	}
}
