package org.wpo.dsl.naming;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Layer;
import org.wpo.dsl.wpo.Model;
import org.wpo.dsl.wpo.Product;

/**
 * Every named element is known as {@code model::name}: areas do not qualify what they contain, so
 * moving an element between areas never breaks a reference to it.
 */
public class WpoQualifiedNameProvider extends IQualifiedNameProvider.AbstractImpl {

	private static final IQualifiedNameConverter CONVERTER = new WpoQualifiedNameConverter();

	@Override
	public QualifiedName getFullyQualifiedName(EObject object) {
		String name = simpleName(object);
		if (name == null || name.isEmpty()) {
			return null;
		}
		return qualify(EcoreUtil2.getContainerOfType(object, Model.class), name);
	}

	public static QualifiedName qualify(Model model, String name) {
		String namespace = model == null ? null : model.getName();
		return namespace == null || namespace.isEmpty() ? QualifiedName.create(name)
				: QualifiedName.create(namespace, name);
	}

	/**
	 * A declaration's qualified name as text, {@code model::name}, or its name alone in a file that
	 * declares no model; null for an object without a name.
	 */
	public static String qualifiedName(EObject object) {
		return qualifiedName(EcoreUtil2.getContainerOfType(object, Model.class), simpleName(object));
	}

	/** A name in a model as text: {@code model::name}, or the name alone for a model without a name. */
	public static String qualifiedName(Model model, String name) {
		return qualifiedName(model == null ? null : model.getName(), name);
	}

	/** A name in a namespace as text: {@code namespace::name}, or the name alone for no namespace. */
	public static String qualifiedName(String namespace, String name) {
		if (name == null || name.isEmpty()) {
			return name;
		}
		QualifiedName qualified = namespace == null || namespace.isEmpty() ? QualifiedName.create(name)
				: QualifiedName.create(namespace, name);
		return CONVERTER.toString(qualified);
	}

	public static String simpleName(EObject object) {
		if (object instanceof Element element) {
			return element.getName();
		}
		if (object instanceof Area area) {
			return area.getName();
		}
		if (object instanceof Layer layer) {
			return layer.getName();
		}
		if (object instanceof Product product) {
			return product.getName();
		}
		return null;
	}
}
