package org.wpo.dsl.ui.labeling;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.wpo.dsl.wpo.Specification;
import org.wpo.dsl.wpo.WpoPackage;

/** The icons (in icons/ of this bundle, as Xtext's label providers name them) by kind of declaration. */
final class WpoImages {

	static final String SPECIFICATION = "specification.png";
	static final String TECHNOLOGY = "technology.png";
	static final String AREA = "area.png";
	static final String LAYER = "layer.png";
	static final String PRODUCT = "product.png";
	static final String EXTENSION = "extension.png";

	private WpoImages() {
	}

	static String of(EObject object) {
		return object instanceof Specification ? SPECIFICATION : of(object.eClass());
	}

	static String of(EClass type) {
		WpoPackage wpo = WpoPackage.eINSTANCE;
		if (type == wpo.getSpecification()) {
			return SPECIFICATION;
		}
		if (type == wpo.getArea()) {
			return AREA;
		}
		if (type == wpo.getLayer()) {
			return LAYER;
		}
		if (type == wpo.getProduct()) {
			return PRODUCT;
		}
		return TECHNOLOGY;
	}
}
