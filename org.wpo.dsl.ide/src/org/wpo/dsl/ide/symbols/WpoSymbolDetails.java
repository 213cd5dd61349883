package org.wpo.dsl.ide.symbols;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolDetailsProvider;
import org.wpo.dsl.naming.WpoResourceDescriptionStrategy;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Element;

import com.google.inject.Singleton;

/** Details beside a symbol's name: the kind keyword of elements and the title of any declaration. */
@Singleton
public class WpoSymbolDetails extends DocumentSymbolDetailsProvider {

	@Override
	public String getDetails(EObject object) {
		String title = WpoResourceDescriptionStrategy.title(object);
		if (object instanceof Element) {
			String kind = WpoResourceDescriptionStrategy.kind(object);
			return title == null ? kind : kind + " — " + title;
		}
		if (object instanceof Area) {
			return title == null ? "area" : "area — " + title;
		}
		return title == null ? "" : title;
	}
}
