package org.wpo.dsl.ide.symbols;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolDeprecationInfoProvider;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Status;

import com.google.inject.Singleton;

/** Elements whose status is deprecated or obsolete are shown as deprecated symbols. */
@Singleton
public class WpoSymbolDeprecation extends DocumentSymbolDeprecationInfoProvider {

	@Override
	public boolean isDeprecated(EObject object) {
		return object instanceof Element element
				&& (element.getStatus() == Status.DEPRECATED || element.getStatus() == Status.OBSOLETE);
	}
}
