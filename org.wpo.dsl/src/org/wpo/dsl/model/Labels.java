package org.wpo.dsl.model;

import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.wpo.dsl.wpo.Applicability;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Layer;
import org.wpo.dsl.wpo.Product;

/**
 * How areas, layers and applies statements read in the tool's texts (hover, diagrams, report):
 * one wording for each, whatever shows it. A name that is not found reads "?".
 */
public final class Labels {

	/** What a name that is not found (an unresolved reference) reads as. */
	public static final String UNKNOWN = "?";

	private Labels() {
	}

	/** An area by its name and title: {@code 7.3 Session Layer Technologies}, or its name alone. */
	public static String area(Area area) {
		if (missing(area)) {
			return UNKNOWN;
		}
		return area.getTitle() == null ? area.getName() : area.getName() + " " + area.getTitle();
	}

	/** A layer by its name and title: {@code session (Session Layer)}, or its name alone. */
	public static String layer(Layer layer) {
		if (missing(layer)) {
			return UNKNOWN;
		}
		return layer.getTitle() == null ? layer.getName() : layer.getName() + " (" + layer.getTitle() + ")";
	}

	/** A layer as the heading of its lane or section: its title ({@code Session Layer}), else its name. */
	public static String layerHeading(Layer layer) {
		if (missing(layer)) {
			return UNKNOWN;
		}
		return layer.getTitle() == null ? layer.getName() : layer.getTitle();
	}

	/**
	 * An applies statement in words: {@code in A, B}, {@code from A}, {@code from A up to B} or
	 * {@code up to B}. Products are ordered from the oldest, and a range includes both ends: "to B"
	 * in the language means every product up to and including B, from the first when no "from"
	 * is given, so the wording says "up to" (plain "to B" would read as B alone).
	 */
	public static String applicability(Applicability applicability) {
		if (!applicability.getProducts().isEmpty()) {
			return "in " + applicability.getProducts().stream().map(Labels::product).collect(Collectors.joining(", "));
		}
		String from = applicability.getFrom() == null ? null : "from " + product(applicability.getFrom());
		String to = applicability.getTo() == null ? null : "up to " + product(applicability.getTo());
		return from != null && to != null ? from + " " + to : from != null ? from : to;
	}

	private static String product(Product product) {
		return missing(product) ? UNKNOWN : product.getName();
	}

	private static boolean missing(EObject object) {
		return object == null || object.eIsProxy();
	}
}
