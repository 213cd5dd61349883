package org.wpo.studio;

import java.nio.file.Path;

import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.RelationKind;
import org.wpo.dsl.wpo.SpecKind;
import org.wpo.edit.Edit;
import org.wpo.edit.EdgeRef;
import org.wpo.edit.ObjectRef;
import org.wpo.edit.operations.CreateArea;
import org.wpo.edit.operations.CreateRelation;
import org.wpo.edit.operations.CreateSpecification;
import org.wpo.edit.operations.CreateTechnology;
import org.wpo.edit.operations.DeleteEdge;
import org.wpo.edit.operations.DeleteElement;
import org.wpo.edit.operations.MoveToArea;
import org.wpo.edit.operations.MoveToLayer;
import org.wpo.edit.operations.ReconnectEdge;
import org.wpo.edit.operations.Rename;

import com.google.gson.JsonObject;

/**
 * A client's {@code edit} message as one org.wpo.edit operation (PROTOCOL.md lists the ops). Only
 * the message is read here: whether the edit may be made is the operation's question, answered by
 * {@code WpoEditor} like for the Sirius viewpoint.
 */
final class EditRequests {

	private final ModelFolders folders;

	private final LoadedModel model;

	EditRequests(ModelFolders folders, LoadedModel model) {
		this.folders = folders;
		this.model = model;
	}

	/** @throws IllegalArgumentException with the reason, when the message does not say a valid edit */
	Edit toEdit(JsonObject edit) {
		// The op's arguments are nested ({"kind": "edit", "op": {"op": "rename", ...}}) or beside it.
		JsonObject message = edit.get("op") instanceof JsonObject nested ? nested : edit;
		String op = Messages.string(message, "op", true);
		return switch (op) {
		case "createSpecification" -> new CreateSpecification(container(message), specKind(message),
				Messages.string(message, "name", true), Messages.string(message, "title", false), layer(message));
		case "createTechnology" -> new CreateTechnology(container(message), Messages.string(message, "name", true),
				Messages.string(message, "title", false), layer(message));
		case "createArea" -> new CreateArea(container(message), Messages.string(message, "name", true),
				Messages.string(message, "title", false));
		case "createRelation" -> createRelation(message);
		case "moveToArea" -> new MoveToArea(element(message, "element"),
				ObjectRef.area(Messages.string(message, "area", true)));
		case "moveToLayer" -> new MoveToLayer(element(message, "element"),
				ObjectRef.layer(Messages.string(message, "layer", true)));
		case "rename" -> new Rename(named(message), Messages.string(message, "newName", true).strip());
		case "deleteElement" -> new DeleteElement(named(message));
		case "deleteRelation" -> new DeleteEdge(edge(Messages.string(message, "edgeId", true)));
		case "reconnect" -> new ReconnectEdge(edge(Messages.string(message, "edgeId", true)), end(message),
				element(message, "element"));
		default -> throw new IllegalArgumentException("unknown edit op '" + op + "'");
		};
	}

	private Edit createRelation(JsonObject message) {
		String source = Messages.string(message, "source", true);
		String target = Messages.string(message, "target", true);
		String kindName = Messages.string(message, "relationKind", true);
		RelationKind kind = RelationKind.get(kindName);
		if (kind == null) {
			throw new IllegalArgumentException("unknown relation kind '" + kindName + "'");
		}
		// A relation from a built-in element goes into an extend block of a user file: the target's,
		// or the one the message names.
		Path extension = null;
		Element sourceElement = model.element(source).orElse(null);
		if (sourceElement != null && LoadedModel.fileOf(sourceElement) == null) {
			String file = Messages.string(message, "file", false);
			extension = file != null ? folders.resolve(file)
					: model.element(target).map(LoadedModel::fileOf).orElse(null);
		}
		return new CreateRelation(ObjectRef.element(source), kind, ObjectRef.element(target), extension);
	}

	/** The area named {@code container}, or the top level of {@code file}. */
	private ObjectRef container(JsonObject message) {
		String area = Messages.string(message, "container", false);
		if (area != null) {
			return ObjectRef.area(area);
		}
		String file = Messages.string(message, "file", false);
		if (file == null) {
			throw new IllegalArgumentException("needs a container (an area) or a file");
		}
		return ObjectRef.file(folders.resolve(file));
	}

	private static ObjectRef layer(JsonObject message) {
		String layer = Messages.string(message, "layer", false);
		return layer == null ? null : ObjectRef.layer(layer);
	}

	private static SpecKind specKind(JsonObject message) {
		String kind = Messages.string(message, "specKind", true);
		SpecKind specKind = SpecKind.get(kind);
		if (specKind == null) {
			throw new IllegalArgumentException("unknown specification kind '" + kind + "'");
		}
		return specKind;
	}

	private static ObjectRef element(JsonObject message, String field) {
		return ObjectRef.element(Messages.string(message, field, true));
	}

	/** The object of a rename or delete: {@code element}, {@code area} or {@code layer}. */
	private static ObjectRef named(JsonObject message) {
		String element = Messages.string(message, "element", false);
		if (element != null) {
			return ObjectRef.element(element);
		}
		String area = Messages.string(message, "area", false);
		if (area != null) {
			return ObjectRef.area(area);
		}
		String layer = Messages.string(message, "layer", false);
		if (layer != null) {
			return ObjectRef.layer(layer);
		}
		throw new IllegalArgumentException("needs an element, area or layer");
	}

	private static ReconnectEdge.End end(JsonObject message) {
		String end = Messages.string(message, "end", true);
		return switch (end) {
		case "source" -> ReconnectEdge.End.SOURCE;
		case "target" -> ReconnectEdge.End.TARGET;
		default -> throw new IllegalArgumentException("end must be source or target, not '" + end + "'");
		};
	}

	/** An edge by its id {@code rel:<source>|<kind>|<target>}. */
	static EdgeRef edge(String id) {
		if (!id.startsWith("rel:")) {
			throw new IllegalArgumentException("not a relation id: " + id);
		}
		String[] parts = id.substring(4).split("\\|", -1);
		if (parts.length != 3 || parts[0].isEmpty() || parts[2].isEmpty()) {
			throw new IllegalArgumentException("not a relation id: " + id);
		}
		RelationKind kind = RelationKind.get(parts[1]);
		if (kind == null) {
			throw new IllegalArgumentException("unknown relation kind '" + parts[1] + "'");
		}
		return new EdgeRef.Between(ObjectRef.element(parts[0]), kind, ObjectRef.element(parts[2]));
	}
}
