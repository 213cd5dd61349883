package org.wpo.query.diff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The properties of an element that changed between two versions, each old and new value in words:
 * a name or a label as it is, a text of the model ({@code description}, {@code remark}, {@code aka})
 * quoted as the model writes it, a list joined with commas. The order of a list plays no part (where
 * a file is does not either, and an extend block's aliases follow the element's in load order).
 */
final class ElementChanges {

	/** How one property of an element reads. */
	private record Property(String name, Function<ElementFacts, String> value, Function<ElementFacts, List<String>> key) {
	}

	private static final List<Property> DECLARED = List.of(
			single("kind", ElementFacts::kind),
			single("title", ElementFacts::title),
			single("status", ElementFacts::status),
			single("layer", ElementFacts::layer),
			single("area", ElementFacts::area),
			single("applies", ElementFacts::applies),
			list("aka", ElementFacts::aliases, true),
			single("description", e -> e.description() == null ? null : DiffLines.quoted(e.description())),
			list("remark", ElementFacts::remarks, true),
			list("sections", ElementFacts::sections, false),
			list("covers", ElementFacts::covers, false));

	/** What an extend block may give an element declared elsewhere. */
	private static final List<Property> EXTENDED = List.of(
			single("applies", ElementFacts::applies),
			list("aka", ElementFacts::aliases, true),
			list("remark", ElementFacts::remarks, true),
			list("sections", ElementFacts::sections, false),
			list("covers", ElementFacts::covers, false));

	/** The side of an extended element that has no extend block: nothing given. */
	private static final ElementFacts NOTHING = new ElementFacts(null, null, null, null, null, null, null, List.of(),
			null, List.of(), List.of(), List.of());

	private ElementChanges() {
	}

	/** What changed in an element of the user's files; {@code now} names it and its area. */
	static List<ModelDiff.Change> of(ElementFacts old, ElementFacts now) {
		return changes(DECLARED, old, now, now.name(), now.area(), "");
	}

	/**
	 * What changed in what the user's extend blocks give an element declared elsewhere; either side is
	 * null when it has no such block. The property reads {@code applies (extend)}, {@code aka (extend)}, ...
	 */
	static List<ModelDiff.Change> extended(String name, ElementFacts old, ElementFacts now) {
		ElementFacts either = now != null ? now : old;
		return changes(EXTENDED, old, now, name, either.area(), " (extend)");
	}

	private static List<ModelDiff.Change> changes(List<Property> properties, ElementFacts old, ElementFacts now,
			String name, String area, String suffix) {
		List<ModelDiff.Change> changes = new ArrayList<>();
		for (Property property : properties) {
			if (!Objects.equals(key(property, old), key(property, now))) {
				changes.add(new ModelDiff.Change(name, area, property.name() + suffix, value(property, old),
						value(property, now)));
			}
		}
		return changes;
	}

	private static List<String> key(Property property, ElementFacts facts) {
		return property.key().apply(facts == null ? NOTHING : facts);
	}

	private static String value(Property property, ElementFacts facts) {
		return facts == null ? null : property.value().apply(facts);
	}

	private static Property single(String name, Function<ElementFacts, String> value) {
		return new Property(name, value, facts -> Collections.singletonList(value.apply(facts)));
	}

	/** A list property: compared in any order, each as often as it occurs; null when empty. */
	private static Property list(String name, Function<ElementFacts, List<String>> values, boolean quote) {
		Function<ElementFacts, String> words = facts -> {
			List<String> list = values.apply(facts);
			return list.isEmpty() ? null
					: list.stream().map(v -> quote ? DiffLines.quoted(v) : v).collect(Collectors.joining(", "));
		};
		return new Property(name, words, facts -> values.apply(facts).stream().sorted().toList());
	}
}
