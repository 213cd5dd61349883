package org.wpo.query.diff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.GsonBuilder;

/**
 * A difference as JSON (Gson): {@code differences} (true or false), {@code summary}, then
 * {@code elements} ({@code added}, {@code removed}, {@code renamed}, {@code changed}),
 * {@code relations} ({@code added}, {@code removed}, {@code changed}), {@code newProblems} and
 * {@code fixedProblems} (where they were in the old version).
 * Keys come in a fixed order and absent values are null, so that the same difference gives the
 * same text.
 */
public final class JsonDiffWriter {

	private JsonDiffWriter() {
	}

	public static String write(ModelDiff diff) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("differences", !diff.isEmpty());
		json.put("summary", diff.summary());
		Map<String, Object> elements = new LinkedHashMap<>();
		elements.put("added", diff.added().stream().map(JsonDiffWriter::element).toList());
		elements.put("removed", diff.removed().stream().map(JsonDiffWriter::element).toList());
		elements.put("renamed", diff.renamed().stream().map(r -> {
			Map<String, Object> rename = new LinkedHashMap<>();
			rename.put("from", r.before().name());
			rename.put("to", r.after().name());
			rename.put("title", r.after().title());
			rename.put("area", r.after().area());
			return rename;
		}).toList());
		elements.put("changed", diff.changes().stream().map(c -> {
			Map<String, Object> change = new LinkedHashMap<>();
			change.put("element", c.element());
			change.put("area", c.area());
			change.put("property", c.property());
			change.put("before", c.before());
			change.put("after", c.after());
			return change;
		}).toList());
		json.put("elements", elements);
		Map<String, Object> relations = new LinkedHashMap<>();
		relations.put("added", diff.relationsAdded().stream().map(JsonDiffWriter::relation).toList());
		relations.put("removed", diff.relationsRemoved().stream().map(JsonDiffWriter::relation).toList());
		relations.put("changed", diff.relationsChanged().stream().map(r -> {
			Map<String, Object> change = new LinkedHashMap<>();
			change.put("before", relation(r.before()));
			change.put("after", relation(r.after()));
			return change;
		}).toList());
		json.put("relations", relations);
		json.put("newProblems", diff.newProblems().stream().map(JsonDiffWriter::problem).toList());
		json.put("fixedProblems", diff.fixedProblems().stream().map(JsonDiffWriter::problem).toList());
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(json) + "\n";
	}

	private static Map<String, Object> element(ElementFacts element) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("name", element.name());
		map.put("kind", element.kind());
		map.put("title", element.title());
		map.put("status", element.status());
		map.put("layer", element.layer());
		map.put("area", element.area());
		map.put("applies", element.applies());
		map.put("aka", element.aliases());
		map.put("description", element.description());
		map.put("remark", element.remarks());
		map.put("sections", element.sections());
		map.put("covers", element.covers());
		return map;
	}

	private static Map<String, Object> relation(RelationFacts relation) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("source", relation.source());
		map.put("kind", relation.kind());
		map.put("target", relation.target());
		map.put("via", List.copyOf(relation.via()));
		map.put("only", relation.condition());
		map.put("section", relation.section());
		map.put("sourceDocument", relation.document());
		map.put("sourceSection", relation.documentSection());
		map.put("note", relation.note());
		map.put("area", relation.area());
		return map;
	}

	private static Map<String, Object> problem(Problem problem) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("file", problem.file());
		map.put("line", problem.line());
		map.put("column", problem.column());
		map.put("severity", problem.severity());
		map.put("code", problem.code());
		map.put("message", problem.message());
		return map;
	}
}
