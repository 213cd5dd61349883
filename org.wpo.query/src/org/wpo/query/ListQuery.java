package org.wpo.query;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.wpo.dsl.model.Availability;
import org.wpo.dsl.model.Placement;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Layer;
import org.wpo.dsl.wpo.Product;
import org.wpo.dsl.wpo.Specification;

/**
 * Specifications matching filters on area (including its sub-areas), kind, layer, status and the
 * product they apply to ({@link ProductScope}: a specification that states no products applies to
 * every product).
 */
public final class ListQuery {

	/** Filters; a null filter matches everything. */
	public record Filter(String area, String kind, String layer, String status, Product product) {
		public Filter(String area, String kind, String layer, String status) {
			this(area, kind, layer, status, null);
		}
	}

	private ListQuery() {
	}

	public static List<Specification> run(ModelIndex index, Filter filter) {
		return index.elements().stream().filter(Specification.class::isInstance).map(Specification.class::cast)
				.filter(s -> filter.area() == null || inArea(s, filter.area()))
				.filter(s -> filter.kind() == null || s.getKind().getLiteral().equalsIgnoreCase(filter.kind()))
				.filter(s -> filter.layer() == null || layerName(s).map(filter.layer()::equalsIgnoreCase).orElse(false))
				.filter(s -> filter.status() == null || s.getStatus().getLiteral().equalsIgnoreCase(filter.status()))
				.filter(ProductScope.of(filter.product())::applies)
				.toList();
	}

	/** Whether an element states which products it applies to (in its body or an extend block). */
	public static boolean statesProducts(Element element) {
		return Availability.statement(element) != null;
	}

	/** The area that holds an element: see {@link Placement#areaOf}, its one home. */
	public static Optional<Area> areaOf(Element element) {
		return Placement.areaOf(element);
	}

	private static boolean inArea(Element element, String area) {
		for (EObject a = Placement.areaOf(element).orElse(null); a instanceof Area current; a = current.eContainer()) {
			if (area.equals(current.getName()) || area.equalsIgnoreCase(current.getTitle())) {
				return true;
			}
		}
		return false;
	}

	private static Optional<String> layerName(Element element) {
		Layer layer = element.getLayer();
		return layer == null || layer.eIsProxy() ? Optional.empty() : Optional.of(layer.getName());
	}
}
