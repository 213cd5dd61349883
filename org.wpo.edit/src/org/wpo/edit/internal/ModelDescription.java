package org.wpo.edit.internal;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.wpo.dsl.naming.WpoQualifiedNameProvider;

/**
 * What a file says, written out as plain text: every object with its attributes, and each reference
 * as the file and path of the object it points at. Two files that say the same thing in different
 * layouts have equal descriptions; this is how an edit's saved text is compared with the model the
 * edit made.
 */
public final class ModelDescription {

	private ModelDescription() {
	}

	public static String of(Resource resource) {
		StringBuilder out = new StringBuilder();
		for (EObject root : resource.getContents()) {
			describe(root, out, "");
		}
		return out.toString();
	}

	private static void describe(EObject object, StringBuilder out, String indent) {
		out.append(indent).append(object.eClass().getName()).append('\n');
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (feature.isDerived() || feature.isTransient()
					|| feature instanceof EReference reference && reference.isContainment()) {
				continue;
			}
			Object value = object.eGet(feature, true);
			if (feature instanceof EReference) {
				value = value instanceof List<?> list ? list.stream().map(o -> target((EObject) o)).toList()
						: target((EObject) value);
			}
			out.append(indent).append("  ").append(feature.getName()).append(" = ").append(value).append('\n');
		}
		for (EObject child : object.eContents()) {
			describe(child, out, indent + "    ");
		}
	}

	private static String target(EObject target) {
		if (target == null) {
			return "null";
		}
		if (target.eIsProxy()) {
			return "<unresolved>";
		}
		if (target.eResource() == null) {
			return "<detached>";
		}
		URI uri = EcoreUtil.getURI(target);
		String name = WpoQualifiedNameProvider.simpleName(target);
		return (name == null ? "" : "'" + name + "' ") + "(" + uri + ")";
	}

	/** The first line where two descriptions differ, for a message. */
	public static String firstDifference(String expected, String actual) {
		String[] a = expected.split("\n", -1);
		String[] b = actual.split("\n", -1);
		for (int i = 0; i < Math.max(a.length, b.length); i++) {
			String x = i < a.length ? a[i].strip() : "(end)";
			String y = i < b.length ? b[i].strip() : "(end)";
			if (!x.equals(y)) {
				return "expected '" + x + "' but the text says '" + y + "'";
			}
		}
		return "no difference";
	}
}
