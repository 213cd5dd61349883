package org.wpo.tests.viewpoint;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

/** The problems a check finds, in the order found, each once, as sentences naming the place in the file. */
final class Problems {

	private final Set<String> found = new LinkedHashSet<>();

	void add(EObject where, String message) {
		found.add(SiriusObjects.path(where) + ": " + message);
	}

	List<String> list() {
		return List.copyOf(found);
	}
}
