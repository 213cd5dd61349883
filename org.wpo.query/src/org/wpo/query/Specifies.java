package org.wpo.query;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.wpo.dsl.model.ModelGraph;
import org.wpo.dsl.model.ModelGraph.Edge;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.RelationKind;

/**
 * A specification and the technology it specifies answer as one: {@code stack}, {@code impact} and
 * {@code path} treat an element and what it is {@code specified-by} (and, the other way, a document
 * and what it specifies) as one element, so that MS-SMB2 answers with the relations written on the
 * technology SMB2. One step only, never a chain of them. A technology that runs over, extends, is a
 * profile of or requires a document, or something that document specifies, is not one with it: it is
 * a construct built on top of the document's protocol (named pipes inside SMB, SMB2 and CIFS), and
 * its {@code specified-by} says where it is defined.
 */
public final class Specifies {

	/** Relation kinds that make a technology something built on top of what it is specified by. */
	private static final Set<RelationKind> ON_TOP_KINDS = EnumSet.of(RelationKind.RUNS_OVER, RelationKind.EXTENDS,
			RelationKind.PROFILE_OF, RelationKind.REQUIRES);

	/**
	 * An element that answers as one with another: {@code specifies} is true when the partner is the
	 * document that specifies the element, false when the element is the document that specifies it.
	 */
	public record Partner(Element element, boolean specifies) {
	}

	private Specifies() {
	}

	/** The elements that answer as one with {@code element}, in the order of their relations. */
	public static List<Partner> partners(ModelGraph graph, Element element) {
		List<Partner> result = new ArrayList<>();
		for (Edge edge : graph.outgoing(element)) {
			if (edge.kind() == RelationKind.SPECIFIED_BY && edge.target() != element
					&& one(graph, element, edge.target()) && absent(result, edge.target())) {
				result.add(new Partner(edge.target(), true));
			}
		}
		for (Edge edge : graph.incoming(element)) {
			if (edge.kind() == RelationKind.SPECIFIED_BY && edge.source() != element
					&& one(graph, edge.source(), element) && absent(result, edge.source())) {
				result.add(new Partner(edge.source(), false));
			}
		}
		return result;
	}

	/** The element and its partners, the element first. */
	public static List<Element> group(ModelGraph graph, Element element) {
		List<Element> result = new ArrayList<>(List.of(element));
		partners(graph, element).forEach(p -> result.add(p.element()));
		return result;
	}

	/**
	 * How the output says that an answer came through a partner: "SMB2, which MS-SMB2 specifies" or
	 * "MS-SMB2, which specifies SMB2".
	 */
	public static String through(Element element, Element partner, ModelGraph graph) {
		boolean partnerSpecifies = graph.outgoing(element).stream()
				.anyMatch(e -> e.kind() == RelationKind.SPECIFIED_BY && e.target() == partner);
		return partnerSpecifies ? partner.getName() + ", which specifies " + element.getName()
				: partner.getName() + ", which " + element.getName() + " specifies";
	}

	/** Whether a technology and a document that specifies it are one (see the class comment). */
	private static boolean one(ModelGraph graph, Element technology, Element document) {
		for (Edge edge : graph.outgoing(technology)) {
			if (ON_TOP_KINDS.contains(edge.kind()) && (edge.target() == document || specifiedBy(graph, edge.target(), document))) {
				return false;
			}
		}
		return true;
	}

	private static boolean specifiedBy(ModelGraph graph, Element element, Element document) {
		return graph.outgoing(element).stream()
				.anyMatch(e -> e.kind() == RelationKind.SPECIFIED_BY && e.target() == document);
	}

	private static boolean absent(List<Partner> partners, Element element) {
		return partners.stream().noneMatch(p -> p.element() == element);
	}
}
