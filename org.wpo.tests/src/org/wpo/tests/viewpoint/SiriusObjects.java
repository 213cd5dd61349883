package org.wpo.tests.viewpoint;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Reflective access to the objects of an .odesign, which are dynamic EMF objects of Sirius's
 * metamodel (no Sirius class is on the class path): their features by name, and where an object is.
 */
final class SiriusObjects {

	private SiriusObjects() {
	}

	/** The feature of that name; an error when the object's class has none. */
	static EStructuralFeature feature(EObject object, String name) {
		EStructuralFeature feature = object.eClass().getEStructuralFeature(name);
		if (feature == null) {
			throw new IllegalArgumentException(object.eClass().getName() + " has no feature " + name);
		}
		return feature;
	}

	/** The objects a feature holds, one or many; none when the class has no such feature. */
	@SuppressWarnings("unchecked")
	static List<EObject> list(EObject object, String name) {
		EStructuralFeature feature = object.eClass().getEStructuralFeature(name);
		if (feature == null) {
			return List.of();
		}
		Object value = object.eGet(feature);
		if (value instanceof List<?> list) {
			return (List<EObject>) list;
		}
		return value == null ? List.of() : List.of((EObject) value);
	}

	static EObject object(EObject object, String name) {
		EStructuralFeature feature = object.eClass().getEStructuralFeature(name);
		return feature == null ? null : (EObject) object.eGet(feature);
	}

	static String string(EObject object, String name) {
		EStructuralFeature feature = object.eClass().getEStructuralFeature(name);
		Object value = feature == null ? null : object.eGet(feature);
		return value == null ? null : value.toString();
	}

	/** The object's name, or the name of its class when it has none. */
	static String name(EObject object) {
		String name = string(object, "name");
		return name != null ? name : object.eClass().getName();
	}

	/** Where an object is, by the names of its containers: AreaMap/Default/AM_Area/AM_Element. */
	static String path(EObject object) {
		List<String> names = new ArrayList<>();
		for (EObject current = object; current != null && current.eContainer() != null; current = current.eContainer()) {
			names.add(0, name(current));
		}
		return String.join("/", names);
	}
}
