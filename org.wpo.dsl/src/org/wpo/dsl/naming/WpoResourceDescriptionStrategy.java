package org.wpo.dsl.naming;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionStrategy;
import org.eclipse.xtext.util.IAcceptor;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Import;
import org.wpo.dsl.wpo.Layer;
import org.wpo.dsl.wpo.Model;
import org.wpo.dsl.wpo.Product;
import org.wpo.dsl.wpo.Relation;
import org.wpo.dsl.wpo.Specification;

import com.google.inject.Singleton;

/**
 * Exports each element under its name and under each of its aliases, so that a relation can point
 * at a technology by any name the document uses for it. Each entry carries the declaration's kind
 * and title, so that tools (completion, symbol lists) can show them without loading the file.
 */
@Singleton
public class WpoResourceDescriptionStrategy extends DefaultResourceDescriptionStrategy {

	/** User data key that marks a description made for an alias. */
	public static final String ALIAS_OF = "aliasOf";

	/** User data key of the declaration's kind: protocol, format, ..., technology, area, layer, product. */
	public static final String KIND = "kind";

	/** User data key of the declaration's title, when it has one. */
	public static final String TITLE = "title";

	@Override
	public boolean createEObjectDescriptions(EObject object, IAcceptor<IEObjectDescription> acceptor) {
		if (object instanceof Import || object instanceof Relation) {
			return false;
		}
		QualifiedName qualifiedName = getQualifiedNameProvider().getFullyQualifiedName(object);
		if (qualifiedName != null) {
			acceptor.accept(EObjectDescription.create(qualifiedName, object, userData(object)));
		}
		if (object instanceof Element element && !element.getAliases().isEmpty()) {
			Model model = EcoreUtil2.getContainerOfType(element, Model.class);
			for (String alias : element.getAliases()) {
				if (alias != null && !alias.isEmpty() && !alias.equals(element.getName())) {
					QualifiedName name = WpoQualifiedNameProvider.qualify(model, alias);
					Map<String, String> data = userData(element);
					data.put(ALIAS_OF, element.getName());
					acceptor.accept(EObjectDescription.create(name, element, data));
				}
			}
		}
		// Elements hold only relations, which export nothing.
		return !(object instanceof Element);
	}

	/** The kind keyword of a declaration, as written in the language, or null for anything else. */
	public static String kind(EObject object) {
		if (object instanceof Specification specification) {
			return specification.getKind().getLiteral();
		}
		if (object instanceof Element) {
			return "technology";
		}
		if (object instanceof Area) {
			return "area";
		}
		if (object instanceof Layer) {
			return "layer";
		}
		if (object instanceof Product) {
			return "product";
		}
		return null;
	}

	/** The title of a declaration, or null. */
	public static String title(EObject object) {
		if (object instanceof Element element) {
			return element.getTitle();
		}
		if (object instanceof Area area) {
			return area.getTitle();
		}
		if (object instanceof Layer layer) {
			return layer.getTitle();
		}
		if (object instanceof Product product) {
			return product.getTitle();
		}
		return null;
	}

	private static Map<String, String> userData(EObject object) {
		Map<String, String> data = new HashMap<>();
		String kind = kind(object);
		if (kind != null) {
			data.put(KIND, kind);
		}
		String title = title(object);
		if (title != null) {
			data.put(TITLE, title);
		}
		return data;
	}
}
