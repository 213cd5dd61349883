package org.wpo.query.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Compares two versions of a model as models. An element that is gone and one that is new with the
 * same kind and title and the same relations (read with the one name for the other) is a rename;
 * every relation that named the old name then counts as unchanged. Problems are compared by
 * severity, code and message, as many times as each occurs, never by their place.
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
			changes(old, now, changes);
		}
		Set<String> extended = new TreeSet<>(before.extended().keySet());
		extended.addAll(after.extended().keySet());
		for (String name : extended) {
			ElementFacts old = before.extended().get(name);
			ElementFacts now = after.extended().get(name);
			String was = old == null ? null : old.applies();
			String is = now == null ? null : now.applies();
			if (!Objects.equals(was, is)) {
				changes.add(new ModelDiff.Change(name, (now != null ? now : old).area(), "applies (extend)", was, is));
			}
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
			} else if (!now.via().equals(old.via()) || !Objects.equals(now.condition(), old.condition())) {
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
				newProblems(before.problems(), after.problems()));
	}

	private static void changes(ElementFacts old, ElementFacts now, List<ModelDiff.Change> changes) {
		change(old, now, "kind", ElementFacts::kind, changes);
		change(old, now, "title", ElementFacts::title, changes);
		change(old, now, "status", ElementFacts::status, changes);
		change(old, now, "layer", ElementFacts::layer, changes);
		change(old, now, "area", ElementFacts::area, changes);
		change(old, now, "applies", ElementFacts::applies, changes);
	}

	private static void change(ElementFacts old, ElementFacts now, String property, Function<ElementFacts, String> value,
			List<ModelDiff.Change> changes) {
		String before = value.apply(old);
		String after = value.apply(now);
		if (!Objects.equals(before, after)) {
			changes.add(new ModelDiff.Change(now.name(), now.area(), property, before, after));
		}
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

	/** Relations, each as its renamed key with its via and condition. */
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

	/** The problems of {@code after} beyond those {@code before} has, each counted as often as it occurs. */
	private static List<Problem> newProblems(List<Problem> before, List<Problem> after) {
		Map<String, Integer> old = new HashMap<>();
		before.forEach(p -> old.merge(p.key(), 1, Integer::sum));
		List<Problem> fresh = new ArrayList<>();
		for (Problem problem : after) {
			Integer count = old.get(problem.key());
			if (count == null || count == 0) {
				fresh.add(problem);
			} else {
				old.put(problem.key(), count - 1);
			}
		}
		return fresh;
	}
}
