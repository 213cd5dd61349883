package org.wpo.services.sirius;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.wpo.diagram.DiagramContent;
import org.wpo.dsl.model.Labels;
import org.wpo.dsl.model.Relations;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Layer;
import org.wpo.dsl.wpo.Model;
import org.wpo.dsl.wpo.Relation;
import org.wpo.dsl.wpo.SpecKind;
import org.wpo.dsl.wpo.Specification;
import org.wpo.query.ModelIndex;
import org.wpo.services.DiagramQueries;

/**
 * The services of the "WPO Architecture" viewpoint that say what its diagrams show: every expression
 * of the .odesign that is not a tool calls one of these (its first parameter is the object the
 * expression is evaluated on). The content comes from org.wpo.diagram through {@link DiagramQueries},
 * computed once per state of the model's files however many times a refresh asks.
 */
public class ViewpointQueries {

	/** Area map: the elements declared in an area or placed in it with {@code area}. */
	public List<Element> areaElements(Area self) {
		return DiagramQueries.areaMap(resourceSet(self)).nodes().stream()
				.filter(n -> n.container() != null && n.container().source() == self)
				.map(DiagramContent.Node::element).toList();
	}

	/** Area map: the label of an area, its number and title. */
	public String areaLabel(Area self) {
		return Labels.area(self);
	}

	/** Area map, relations layer: every relation whose source is shown on the map. */
	public List<Relation> mapRelations(Model self) {
		DiagramContent content = DiagramQueries.areaMap(resourceSet(self));
		ModelIndex index = DiagramQueries.index(resourceSet(self));
		Set<Relation> relations = new LinkedHashSet<>();
		for (DiagramContent.Node node : content.nodes()) {
			index.graph().outgoing(node.element()).forEach(edge -> relations.add(edge.relation()));
		}
		return List.copyOf(relations);
	}

	/** Layer stack: one lane per layer, in the order the model declares them. */
	public List<Layer> layerLanes(Model self) {
		return DiagramQueries.layerStack(resourceSet(self)).containers().stream().map(c -> (Layer) c.source())
				.toList();
	}

	/** Layer stack: the label of a lane. */
	public String layerLabel(Layer self) {
		return Labels.layerHeading(self);
	}

	/** Layer stack: the elements of one layer. */
	public List<Element> laneElements(Layer self) {
		return DiagramQueries.layerStack(resourceSet(self)).nodes().stream()
				.filter(n -> n.container() != null && n.container().source() == self)
				.map(DiagramContent.Node::element).toList();
	}

	/** Layer stack: the relations drawn between the lanes' elements (runs-over). */
	public List<Relation> layerStackRelations(Model self) {
		return relationsOf(DiagramQueries.layerStack(resourceSet(self)));
	}

	/** Protocol stack: the element and everything it needs beneath it. */
	public List<Element> stackElements(Element self) {
		return DiagramQueries.stack(resourceSet(self), self).nodes().stream().map(DiagramContent.Node::element)
				.toList();
	}

	/** Protocol stack: the relations among those elements of the stack's kinds. */
	public List<Relation> stackRelations(Element self) {
		return relationsOf(DiagramQueries.stack(resourceSet(self), self));
	}

	/** The element a relation starts from (its holder, or the element an extend block extends). */
	public Element relationSource(Relation self) {
		return Relations.source(self);
	}

	/** Whether a relation is of a kind, given as written in the language ("runs-over"). */
	public boolean isKind(Relation self, String kind) {
		return self.getKind() != null && self.getKind().getLiteral().equals(kind);
	}

	/**
	 * The key of an element's style in org.wpo.diagram.DiagramStyle: its kind ("protocol", ...,
	 * "technology") and status, as in "protocol/legacy".
	 */
	public String styleKey(Element self) {
		String kind = self instanceof Specification specification ? specification.getKind().getLiteral()
				: "technology";
		return kind + "/" + self.getStatus().getLiteral();
	}

	/** Whether an element is a standard of another body (for the filter that hides them). */
	public boolean isStandard(Element self) {
		return self instanceof Specification specification && specification.getKind() == SpecKind.STANDARD;
	}

	/** The resource set an object of the diagram's model is loaded in. */
	static ResourceSet resourceSet(EObject object) {
		return object.eResource().getResourceSet();
	}

	private static List<Relation> relationsOf(DiagramContent content) {
		Set<Relation> relations = new LinkedHashSet<>();
		content.edges().forEach(edge -> relations.add(edge.relation().relation()));
		return List.copyOf(relations);
	}
}
