package org.wpo.studio;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Where the user dragged nodes within their own container, by diagram id and element qualified
 * name: kept in memory across edits, and shaped (one flat map of plain keys and numbers) so that it
 * can later be saved beside the text. A position whose element is gone is dropped.
 */
final class UserPositions {

	record Position(double x, double y) {
	}

	private final Map<String, Map<String, Position>> byDiagram = new LinkedHashMap<>();

	synchronized void put(String diagramId, String qualifiedName, double x, double y) {
		byDiagram.computeIfAbsent(diagramId, d -> new LinkedHashMap<>()).put(qualifiedName, new Position(x, y));
	}

	synchronized Position get(String diagramId, String qualifiedName) {
		Map<String, Position> positions = byDiagram.get(diagramId);
		return positions == null ? null : positions.get(qualifiedName);
	}

	/** Forgets the positions of elements that no longer exist. */
	synchronized void retainOnly(Set<String> qualifiedNames) {
		byDiagram.values().forEach(positions -> positions.keySet().retainAll(qualifiedNames));
		byDiagram.values().removeIf(Map::isEmpty);
	}

	synchronized int size() {
		return byDiagram.values().stream().mapToInt(Map::size).sum();
	}
}
