package org.wpo.query.diff;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.wpo.dsl.model.Labels;
import org.wpo.dsl.model.Placement;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Element;

/**
 * How a reference of the model reads in a comparison: what it names, or the text written for it
 * when it is not found, so that a change to a reference that does not resolve is still a change.
 */
final class ModelText {

	private ModelText() {
	}

	/** The name of a referenced element, or the text written for it when it is not found. */
	static String element(EObject owner, EStructuralFeature feature, int index, Element element) {
		if (element != null && !element.eIsProxy() && element.getName() != null) {
			return element.getName();
		}
		return written(owner, feature, index);
	}

	/** A referenced area by name and title ({@code Labels.area}), or the text written for it when it is not found. */
	static String area(EObject owner, EStructuralFeature feature, int index, Area area) {
		if (area != null && !area.eIsProxy() && area.getName() != null) {
			return Labels.area(area);
		}
		return written(owner, feature, index);
	}

	/** The area that holds an element, by name and title, or null. */
	static String placement(Element element) {
		return element == null ? null : Placement.areaOf(element).map(Labels::area).orElse(null);
	}

	/** The text written for the {@code index}th value of a reference feature, or "?" when there is none. */
	static String written(EObject object, EStructuralFeature feature, int index) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(object, feature);
		return index < nodes.size() ? NodeModelUtils.getTokenText(nodes.get(index)) : Labels.UNKNOWN;
	}
}
