package org.wpo.dsl.validation;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Import;
import org.wpo.dsl.wpo.Layer;
import org.wpo.dsl.wpo.Model;
import org.wpo.dsl.wpo.Product;

import com.google.inject.Inject;

/**
 * A name means one thing: an element may not take the name (or alias) of an element of a model its
 * file imports, nor a layer or product the name of an imported one, since references in the file would then mean the one and every query of the
 * imported model the other. {@code extend} adds to the imported element; {@code new} marks a
 * deliberate element of the user's own namespace that shadows it.
 */
public class RedeclarationValidator extends ComposedValidator {

	@Inject
	private ResourceDescriptionsProvider resourceDescriptionsProvider;

	@Check(CheckType.NORMAL)
	public void checkNotRedeclared(Element element) {
		Model model = EcoreUtil2.getContainerOfType(element, Model.class);
		if (element.isNew() || model == null || model.getImports().isEmpty() || element.getName() == null) {
			return;
		}
		String kind = element instanceof org.wpo.dsl.wpo.Specification specification
				? specification.getKind().getLiteral()
				: "technology";
		Declared name = declaredByImport(element, model, WPO.getElement(), element.getName());
		if (name != null) {
			error("'" + element.getName() + "' is already declared by the imported model " + name.namespace() + " ("
					+ Locations.of(name.original()) + "); a second declaration would make the name mean two things."
					+ " Write 'extend " + element.getName() + " { ... }' to add to it, or 'new " + kind + " "
					+ element.getName() + "' for a different element of this model.", element,
					WPO.getElement_Name(), WpoIssueCodes.REDECLARED_NAME, element.getName(), name.namespace());
		}
		for (int i = 0; i < element.getAliases().size(); i++) {
			String alias = element.getAliases().get(i);
			Declared aliased = alias == null ? null : declaredByImport(element, model, WPO.getElement(), alias);
			if (aliased != null) {
				error("Alias '" + alias + "' of '" + element.getName() + "' is already a name in the imported model "
						+ aliased.namespace() + " (" + Locations.of(aliased.original()) + "), where it means '"
						+ ((Element) aliased.original()).getName() + "'; choose another alias, or write 'new " + kind
						+ " " + element.getName() + "' to shadow it.", element, WPO.getElement_Aliases(), i,
						WpoIssueCodes.REDECLARED_NAME, alias, aliased.namespace());
			}
		}
	}

	/**
	 * A layer of the file's own that an imported model declares too: the file's references would mean
	 * its own and the imported model's elements the other, so an element of each would never be in
	 * the same layer.
	 */
	@Check(CheckType.NORMAL)
	public void checkLayerNotRedeclared(Layer layer) {
		Declared name = declaredByImport(layer, layer.getName());
		if (name != null) {
			error("Layer '" + layer.getName() + "' is already declared by the imported model " + name.namespace() + " ("
					+ Locations.of(name.original()) + "); a second declaration would make the name mean two layers."
					+ " Remove this one: the file sees the imported layer by its name.", layer, WPO.getLayer_Name(),
					WpoIssueCodes.REDECLARED_NAME, layer.getName(), name.namespace());
		}
	}

	/**
	 * A product of the file's own that an imported model declares too: ranges in the file would mean
	 * its own product, which stands in no line with the imported one.
	 */
	@Check(CheckType.NORMAL)
	public void checkProductNotRedeclared(Product product) {
		Declared name = declaredByImport(product, product.getName());
		if (name != null) {
			error("Product '" + product.getName() + "' is already declared by the imported model " + name.namespace()
					+ " (" + Locations.of(name.original()) + "); a second declaration would make the name mean two"
					+ " products. Remove this one; to add later products, write 'products after \"" + product.getName()
					+ "\" { ... }' with the new ones.", product, WPO.getProduct_Name(), WpoIssueCodes.REDECLARED_NAME,
					product.getName(), name.namespace());
		}
	}

	private Declared declaredByImport(EObject object, String name) {
		Model model = EcoreUtil2.getContainerOfType(object, Model.class);
		if (model == null || model.getImports().isEmpty() || name == null) {
			return null;
		}
		return declaredByImport(object, model, object.eClass(), name);
	}

	/** An element of an imported namespace and the namespace. */
	private record Declared(String namespace, EObject original) {
	}

	/** The first object of the type in an imported model (other than the file's own) declaring the name, or null. */
	private Declared declaredByImport(EObject object, Model model, EClass type, String name) {
		IResourceDescriptions index = resourceDescriptionsProvider.getResourceDescriptions(object.eResource());
		for (Import anImport : model.getImports()) {
			String namespace = anImport.getImportedNamespace();
			if (namespace == null || namespace.isEmpty() || namespace.equals(model.getName())) {
				continue;
			}
			for (IEObjectDescription description : index.getExportedObjects(type, QualifiedName.create(namespace, name),
					false)) {
				EObject original = EcoreUtil.resolve(description.getEObjectOrProxy(), object);
				if (original != object && type.isInstance(original) && !original.eIsProxy()) {
					return new Declared(namespace, original);
				}
			}
		}
		return null;
	}
}
