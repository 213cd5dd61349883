package org.wpo.query.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Compares two versions of a model as models. An element that is gone and one that is new with the
 * same kind and title and the same relations (read with the one name for the other) is a rename;
 * every relation that named the old name then counts as unchanged. Problems are compared by
 * severity, code and message, as many times as each occurs, never by their place: those only the
 * new version has are new, those only the old one has are fixed.
 */
public final class ModelComparison {

	private static final Comparator<ElementFacts> BY_NAME = Comparator.comparing(ElementFacts::name);
	private static final Comparator<RelationFacts> RELATION_ORDER = Comparator.comparing(RelationFacts::source)
			.thenComparing(RelationFacts::kind).thenComparing(RelationFacts::target);

	private ModelComparison() {
	}

	public static ModelDiff compare(ModelFacts before, ModelFacts after) {
		Map<String, String> renames = renames(before, after);
		UnaryOperator<String> rename = name -> renames.getOrDefault(name, name);

		List<ElementFacts> added = new ArrayList<>();
		List<ElementFacts> removed = new ArrayList<>();
		List<ModelDiff.Rename> renamed = new ArrayList<>();
		List<ModelDiff.Change> changes = new ArrayList<>();
		for (ElementFacts old : before.elements().values()) {
			ElementFacts now = after.elements().get(rename.apply(old.name()));
			if (now == null) {
				removed.add(old);
				continue;
			}
			if (!now.name().equals(old.name())) {
				renamed.add(new ModelDiff.Rename(old, now));
			}
			changes.addAll(ElementChanges.of(old, now));
		}
		Set<String> extended = new TreeSet<>(before.extended().keySet());
		extended.addAll(after.extended().keySet());
		for (String name : extended) {
			changes.addAll(ElementChanges.extended(name, before.extended().get(name), after.extended().get(name)));
		}
		Set<String> kept = before.elements().keySet().stream().map(rename).collect(Collectors.toSet());
		after.elements().values().stream().filter(e -> !kept.contains(e.name())).forEach(added::add);
		added.sort(BY_NAME);
		removed.sort(BY_NAME);
		renamed.sort(Comparator.comparing(r -> r.after().name()));
		changes.sort(Comparator.comparing(ModelDiff.Change::element));

		Map<String, RelationFacts> oldRelations = byKey(before.relations(), rename);
		Map<String, RelationFacts> newRelations = byKey(after.relations(), UnaryOperator.identity());
		List<RelationFacts> relationsAdded = new ArrayList<>();
		List<RelationFacts> relationsRemoved = new ArrayList<>();
		List<ModelDiff.RelationChange> relationsChanged = new ArrayList<>();
		for (Map.Entry<String, RelationFacts> entry : oldRelations.entrySet()) {
			RelationFacts now = newRelations.get(entry.getKey());
			RelationFacts old = entry.getValue();
			if (now == null) {
				relationsRemoved.add(old);
			} else if (!now.sameDetails(old)) {
				relationsChanged.add(new ModelDiff.RelationChange(old, now));
			}
		}
		newRelations.forEach((key, relation) -> {
			if (!oldRelations.containsKey(key)) {
				relationsAdded.add(relation);
			}
		});
		relationsAdded.sort(RELATION_ORDER);
		relationsRemoved.sort(RELATION_ORDER);
		relationsChanged.sort(Comparator.comparing(ModelDiff.RelationChange::after, RELATION_ORDER));

		return new ModelDiff(added, removed, renamed, changes, relationsAdded, relationsRemoved, relationsChanged,
				beyond(before.problems(), after.problems()), beyond(after.problems(), before.problems()));
	}

	/**
	 * Old name to new name for every rename: a gone element and a new one of the same kind and title,
	 * each the only one of its side with that title, whose relations (both ways) are the same once the
	 * renames are applied. Pairs whose relations differ are dropped until the rest agree.
	 */
	private static Map<String, String> renames(ModelFacts before, ModelFacts after) {
		Map<String, List<ElementFacts>> goneByTitle = byTitle(before, after);
		Map<String, List<ElementFacts>> newByTitle = byTitle(after, before);
		Map<String, String> renames = new LinkedHashMap<>();
		goneByTitle.forEach((title, gone) -> {
			List<ElementFacts> fresh = newByTitle.getOrDefault(title, List.of());
			if (gone.size() == 1 && fresh.size() == 1 && gone.get(0).kind().equals(fresh.get(0).kind())) {
				renames.put(gone.get(0).name(), fresh.get(0).name());
			}
		});
		Map<String, List<RelationFacts>> oldTouching = touchingIndex(before.relations());
		Map<String, List<RelationFacts>> newTouching = touchingIndex(after.relations());
		boolean dropped = true;
		while (dropped && !renames.isEmpty()) {
			dropped = false;
			UnaryOperator<String> rename = name -> renames.getOrDefault(name, name);
			for (Map.Entry<String, String> pair : List.copyOf(renames.entrySet())) {
				Set<String> oldRelations = touching(oldTouching.getOrDefault(pair.getKey(), List.of()), rename);
				Set<String> newRelations = touching(newTouching.getOrDefault(pair.getValue(), List.of()),
						UnaryOperator.identity());
				if (!oldRelations.equals(newRelations)) {
					renames.remove(pair.getKey());
					dropped = true;
				}
			}
		}
		return renames;
	}

	/** The elements of {@code side} with a title whose name {@code other} does not have, by title. */
	private static Map<String, List<ElementFacts>> byTitle(ModelFacts side, ModelFacts other) {
		Map<String, List<ElementFacts>> byTitle = new HashMap<>();
		for (ElementFacts element : side.elements().values()) {
			if (element.title() != null && !other.elements().containsKey(element.name())) {
				byTitle.computeIfAbsent(element.title(), t -> new ArrayList<>()).add(element);
			}
		}
		return byTitle;
	}

	/** The relations from or to each element, by its name. */
	private static Map<String, List<RelationFacts>> touchingIndex(List<RelationFacts> relations) {
		Map<String, List<RelationFacts>> index = new HashMap<>();
		for (RelationFacts relation : relations) {
			index.computeIfAbsent(relation.source(), n -> new ArrayList<>()).add(relation);
			if (!relation.target().equals(relation.source())) {
				index.computeIfAbsent(relation.target(), n -> new ArrayList<>()).add(relation);
			}
		}
		return index;
	}

	/** Relations, each as its renamed key with its via and condition (a changed note or section does not stop a rename). */
	private static Set<String> touching(List<RelationFacts> relations, UnaryOperator<String> rename) {
		Set<String> touching = new TreeSet<>();
		for (RelationFacts relation : relations) {
			RelationFacts renamed = relation.renamed(rename);
			touching.add(renamed.key() + "\u0000" + renamed.via() + "\u0000" + renamed.condition());
		}
		return touching;
	}

	private static Map<String, RelationFacts> byKey(List<RelationFacts> relations, UnaryOperator<String> rename) {
		Map<String, RelationFacts> byKey = new LinkedHashMap<>();
		for (RelationFacts relation : relations) {
			RelationFacts renamed = relation.renamed(rename);
			byKey.putIfAbsent(renamed.key(), renamed);
		}
		return byKey;
	}

	/**
	 * The problems of {@code side} beyond those {@code other} has, each counted as often as it occurs:
	 * the new problems (of the new version beyond the old) or the fixed ones (of the old beyond the new).
	 */
	private static List<Problem> beyond(List<Problem> other, List<Problem> side) {
		Map<String, Integer> others = new HashMap<>();
		other.forEach(p -> others.merge(p.key(), 1, Integer::sum));
		List<Problem> beyond = new ArrayList<>();
		for (Problem problem : side) {
			Integer count = others.get(problem.key());
			if (count == null || count == 0) {
				beyond.add(problem);
			} else {
				others.put(problem.key(), count - 1);
			}
		}
		return beyond;
	}
}
