package org.wpo.services.sirius;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.wpo.dsl.naming.WpoQualifiedNameProvider;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Layer;
import org.wpo.dsl.wpo.Model;
import org.wpo.dsl.wpo.Relation;
import org.wpo.dsl.wpo.RelationKind;
import org.wpo.dsl.wpo.SpecKind;
import org.wpo.edit.Edit;
import org.wpo.edit.EdgeRef;
import org.wpo.edit.EditResult;
import org.wpo.edit.ObjectRef;
import org.wpo.edit.WpoEditor;
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
import org.wpo.services.DiagramQueries;

/**
 * The Java services of the "WPO Architecture" Sirius viewpoint: every expression and tool of the
 * .odesign calls one of these methods (its first parameter is the object the expression is
 * evaluated on). What a diagram shows comes from {@link ViewpointQueries}; each tool builds one
 * operation of org.wpo.edit and runs it on the model's files ({@link ModelFiles}), which are saved
 * through the text and then reloaded by the diagram. The objects given are never changed in memory.
 *
 * This class does not depend on Sirius: the diagram views a tool passes ({@code edgeView},
 * {@code containerView}) are read through EMF's reflective API ({@link SiriusViews}). The viewpoint's own bundle subclasses
 * it to refresh the workspace after a save and to show refusals ({@link #saved}, {@link #report}).
 */
public class WpoDiagramServices extends ViewpointQueries {

	private static WpoEditor sharedEditor;

	private EditResult lastResult;

	// ------------------------------------------------------------------ tools

	/** Creates an area in a file's top level (the diagram) or in an area, with the next free number. */
	public String createArea(EObject self) {
		return run(self, () -> new CreateArea(ref(self), nextAreaName(self), null));
	}

	/**
	 * Creates a specification of a kind ("protocol", "format", ...) in an area or at the top level of
	 * the diagram's file; created on a layer lane, it goes to the top level of the diagram's file with
	 * that layer.
	 */
	public String createSpecification(EObject self, EObject containerView, String kind) {
		SpecKind specKind = SpecKind.get(kind);
		if (specKind == null) {
			return report(self, "unknown specification kind '" + kind + "'");
		}
		return run(self, () -> self instanceof Layer layer
				? new CreateSpecification(ObjectRef.file(SiriusViews.diagramFile(containerView)), specKind,
						freeElementName(self, specKind == SpecKind.STANDARD ? "NEW-STANDARD" : "MS-NEW"), null,
						ref(layer))
				: new CreateSpecification(ref(self), specKind,
						freeElementName(self, specKind == SpecKind.STANDARD ? "NEW-STANDARD" : "MS-NEW"), null));
	}

	/** Creates a technology, placed as {@link #createSpecification} places specifications. */
	public String createTechnology(EObject self, EObject containerView) {
		return run(self, () -> self instanceof Layer layer
				? new CreateTechnology(ObjectRef.file(SiriusViews.diagramFile(containerView)), freeElementName(self, "New technology "),
						null, ref(layer))
				: new CreateTechnology(ref(self), freeElementName(self, "New technology "), null));
	}

	/**
	 * Draws a relation of a kind ("runs-over", ...) from an element to another. A relation from a
	 * read-only element (the built-in model) goes into an extend block in the target's file.
	 */
	public String createRelation(Element self, Element target, String kind) {
		RelationKind relationKind = RelationKind.get(kind);
		if (relationKind == null) {
			return report(self, "unknown relation kind '" + kind + "'");
		}
		return run(self, () -> new CreateRelation(ref(self), relationKind, ref(target),
				fileOf(self) == null ? fileOf(target) : null));
	}

	/**
	 * Reconnects the end of a relation's edge that was at {@code oldEnd} to {@code newEnd}; the edge
	 * view tells which end and which target of the relation it is.
	 */
	public String reconnectRelation(Relation self, EObject edgeView, Element oldEnd, Element newEnd) {
		return run(self, () -> {
			Element viewSource = (Element) SiriusViews.semanticOf(SiriusViews.viewEnd(edgeView, "sourceNode"));
			Element viewTarget = (Element) SiriusViews.semanticOf(SiriusViews.viewEnd(edgeView, "targetNode"));
			int index = self.getTargets().indexOf(viewTarget);
			ReconnectEdge.End end = oldEnd == viewSource && oldEnd != viewTarget ? ReconnectEdge.End.SOURCE
					: ReconnectEdge.End.TARGET;
			return new ReconnectEdge(new EdgeRef.At(ref(self), index), end, ref(newEnd));
		});
	}

	/** Deletes the edge: its target of the relation, or the whole relation when it has one target. */
	public String deleteRelation(Relation self, EObject edgeView) {
		return run(self, () -> {
			Element viewTarget = (Element) SiriusViews.semanticOf(SiriusViews.viewEnd(edgeView, "targetNode"));
			return new DeleteEdge(new EdgeRef.At(ref(self), self.getTargets().indexOf(viewTarget)));
		});
	}

	/** Renames an element, area, layer or product, and every reference to it in the model's files. */
	public String rename(EObject self, String newName) {
		return run(self, () -> new Rename(ref(self), newName == null ? null : newName.strip()));
	}

	/** Deletes an element, an empty area or a layer that nothing refers to. */
	public String deleteElement(EObject self) {
		return run(self, () -> new DeleteElement(ref(self)));
	}

	/** Moves an element into an area (dropped on it in the area map). */
	public String moveToArea(Element self, Area area) {
		return run(self, () -> new MoveToArea(ref(self), ref(area)));
	}

	/** Moves an element to a layer (dropped on its lane in the layer stack). */
	public String moveToLayer(Element self, Layer layer) {
		return run(self, () -> new MoveToLayer(ref(self), ref(layer)));
	}

	// ------------------------------------------------------------------ hooks

	/**
	 * The .wpo files of the model an object belongs to: the file-backed ones loaded with it and every
	 * .wpo file under the folder that holds the Eclipse project (.project) of its file, or its folder.
	 */
	protected List<Path> modelFiles(EObject context) {
		return ModelFiles.of(context);
	}

	/** Called with every result; the viewpoint's bundle shows refusals and failures to the user. */
	protected void report(EditResult result) {
	}

	/** Called after files were saved; the viewpoint's bundle lets the workspace see them. */
	protected void saved(List<Path> files) {
	}

	protected WpoEditor editor() {
		synchronized (WpoDiagramServices.class) {
			if (sharedEditor == null) {
				sharedEditor = WpoEditor.create();
			}
			return sharedEditor;
		}
	}

	/** The result of the last tool run through this instance. */
	public EditResult lastResult() {
		return lastResult;
	}

	// ------------------------------------------------------------------ helpers

	/** Builds an edit; may refuse while naming objects. */
	@FunctionalInterface
	protected interface EditBuilder {
		Edit build() throws org.wpo.edit.Refusal;
	}

	private String run(EObject context, EditBuilder builder) {
		EditResult result;
		try {
			result = editor().apply(modelFiles(context), builder.build());
		} catch (org.wpo.edit.Refusal refusal) {
			result = new EditResult(EditResult.Outcome.REFUSED, "Cannot edit: " + refusal.getMessage() + ".",
					List.of(), List.of());
		} catch (RuntimeException e) {
			result = new EditResult(EditResult.Outcome.FAILED, "Cannot edit: " + e + "; no file was changed.",
					List.of(), List.of());
		}
		lastResult = result;
		if (result.saved()) {
			saved(result.changes().stream().map(EditResult.FileChange::file).toList());
		}
		report(result);
		return result.message();
	}

	private String report(EObject context, String problem) {
		EditResult result = new EditResult(EditResult.Outcome.REFUSED, "Cannot edit: " + problem + ".", List.of(),
				List.of());
		lastResult = result;
		report(result);
		return result.message();
	}

	/** How the editor finds an object again after reloading the files. */
	protected ObjectRef ref(EObject object) throws org.wpo.edit.Refusal {
		if (object instanceof Model model) {
			Path file = fileOf(model);
			if (file == null) {
				throw new org.wpo.edit.Refusal("the diagram's model is not a file");
			}
			return ObjectRef.file(file);
		}
		Path file = fileOf(object);
		String name = WpoQualifiedNameProvider.simpleName(object);
		if (file != null) {
			return new ObjectRef.Located(file, object.eResource().getURIFragment(object), name);
		}
		if (name == null) {
			throw new org.wpo.edit.Refusal("the object is in " + object.eResource().getURI().lastSegment()
					+ ", which is read-only");
		}
		Model model = EcoreUtil2.getContainerOfType(object, Model.class);
		String qualified = WpoQualifiedNameProvider.qualifiedName(model, name);
		ObjectRef.Type type = object instanceof Element ? ObjectRef.Type.ELEMENT
				: object instanceof Area ? ObjectRef.Type.AREA
						: object instanceof Layer ? ObjectRef.Type.LAYER : ObjectRef.Type.PRODUCT;
		return new ObjectRef.Named(type, qualified);
	}

	private static Path fileOf(EObject object) {
		return ModelFiles.fileOf(object.eResource());
	}

	/** The next free section number under an area ("7.3" gives "7.3.1", ...) or at the top level. */
	private static String nextAreaName(EObject parent) {
		Set<String> taken = new java.util.HashSet<>();
		DiagramQueries.index(resourceSet(parent)).areas().forEach(area -> taken.add(area.getName()));
		String prefix = parent instanceof Area area ? area.getName() + "." : "";
		for (int n = 1;; n++) {
			if (!taken.contains(prefix + n)) {
				return prefix + n;
			}
		}
	}

	/** {@code stem} followed by the smallest number no element of the model uses. */
	private static String freeElementName(EObject context, String stem) {
		Set<String> taken = new java.util.HashSet<>();
		for (Element element : DiagramQueries.index(resourceSet(context)).elements()) {
			taken.add(element.getName().toLowerCase(Locale.ROOT));
			element.getAliases().forEach(a -> taken.add(a.toLowerCase(Locale.ROOT)));
		}
		for (int n = 1;; n++) {
			if (!taken.contains((stem + n).toLowerCase(Locale.ROOT))) {
				return stem + n;
			}
		}
	}
}
