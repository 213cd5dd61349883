package org.wpo.query.diff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.wpo.dsl.model.Availability;
import org.wpo.dsl.model.Labels;
import org.wpo.dsl.wpo.Applicability;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Extension;
import org.wpo.dsl.wpo.Layer;
import org.wpo.dsl.wpo.Specification;
import org.wpo.dsl.wpo.WpoPackage;

/**
 * Reads the {@link ElementFacts} of an element of the user's files, with what the user's
 * {@code extend} blocks of it add, and of a built-in element with only what those blocks add.
 */
final class ElementReading {

	private ElementReading() {
	}

	/**
	 * @param element    an element the user's files declare
	 * @param extensions the user's extend blocks of it, in load order
	 */
	static ElementFacts of(Element element, List<Extension> extensions) {
		String kind = element instanceof Specification specification ? specification.getKind().getLiteral()
				: "technology";
		Layer layer = element.getLayer();
		String layerName = layer == null ? null
				: layer.eIsProxy() ? ModelText.written(element, WpoPackage.Literals.ELEMENT__LAYER, 0) : layer.getName();
		Applicability applies = Availability.statement(element);
		Set<String> aliases = new LinkedHashSet<>(element.getAliases());
		List<String> remarks = new ArrayList<>();
		if (element.getRemark() != null) {
			remarks.add(element.getRemark());
		}
		Set<String> sections = areas(element, WpoPackage.Literals.ELEMENT__SECTIONS, element.getSections());
		Set<String> covers = areas(element, WpoPackage.Literals.ELEMENT__COVERS, element.getCovers());
		add(extensions, aliases, remarks, sections, covers);
		return new ElementFacts(element.getName(), kind, element.getTitle(), element.getStatus().getLiteral(), layerName,
				ModelText.placement(element), applies == null ? null : Labels.applicability(applies),
				List.copyOf(aliases), element.getDescription(), remarks, List.copyOf(sections), List.copyOf(covers));
	}

	/**
	 * What the user's extend blocks add to an element declared elsewhere (the built-in model): its
	 * name and area, and the applies statement, aliases, remarks, sections and covers of the blocks;
	 * null when they add none of these (only relations, which are compared as relations).
	 */
	static ElementFacts extended(Element target, List<Extension> extensions) {
		Set<String> aliases = new LinkedHashSet<>();
		List<String> remarks = new ArrayList<>();
		Set<String> sections = new LinkedHashSet<>();
		Set<String> covers = new LinkedHashSet<>();
		add(extensions, aliases, remarks, sections, covers);
		String applies = extensions.stream().filter(e -> !e.getApplicabilities().isEmpty()).findFirst()
				.map(e -> Labels.applicability(e.getApplicabilities().get(0))).orElse(null);
		if (applies == null && aliases.isEmpty() && remarks.isEmpty() && sections.isEmpty() && covers.isEmpty()) {
			return null;
		}
		return new ElementFacts(target.getName(), null, null, null, null, ModelText.placement(target), applies,
				List.copyOf(aliases), null, remarks, List.copyOf(sections), List.copyOf(covers));
	}

	private static void add(List<Extension> extensions, Set<String> aliases, List<String> remarks, Set<String> sections,
			Set<String> covers) {
		for (Extension extension : extensions) {
			aliases.addAll(extension.getAliases());
			remarks.addAll(extension.getRemarks());
			sections.addAll(areas(extension, WpoPackage.Literals.EXTENSION__SECTIONS, extension.getSections()));
			covers.addAll(areas(extension, WpoPackage.Literals.EXTENSION__COVERS, extension.getCovers()));
		}
	}

	private static Set<String> areas(EObject owner, EStructuralFeature feature, List<Area> areas) {
		Set<String> labels = new LinkedHashSet<>();
		for (int i = 0; i < areas.size(); i++) {
			labels.add(ModelText.area(owner, feature, i, areas.get(i)));
		}
		return labels;
	}
}
