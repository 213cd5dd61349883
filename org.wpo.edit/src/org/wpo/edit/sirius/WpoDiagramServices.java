package org.wpo.edit.sirius;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.EcoreUtil2;
import org.wpo.diagram.DiagramContent;
import org.wpo.dsl.model.Relations;
import org.wpo.dsl.naming.WpoQualifiedNameProvider;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Layer;
import org.wpo.dsl.wpo.Model;
import org.wpo.dsl.wpo.Relation;
import org.wpo.dsl.wpo.RelationKind;
import org.wpo.dsl.wpo.SpecKind;
import org.wpo.dsl.wpo.Specification;
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
import org.wpo.query.ModelIndex;

/**
 * The Java services of the "WPO Architecture" Sirius viewpoint: every expression and tool of the
 * .odesign calls one of these methods (its first parameter is the object the expression is
 * evaluated on). What a diagram shows comes from org.wpo.diagram; each tool builds one operation of
 * org.wpo.edit and runs it on the model's files, which are saved through the text and then reloaded
 * by the diagram. The objects given are never changed in memory.
 *
 * This class does not depend on Sirius: the diagram views a tool passes ({@code edgeView},
 * {@code containerView}) are read through EMF's reflective API. The viewpoint's own bundle subclasses
 * it to refresh the workspace after a save and to show refusals ({@link #saved}, {@link #report}).
 */
public class WpoDiagramServices {

	private static WpoEditor sharedEditor;

	private EditResult lastResult;

	// ------------------------------------------------------------------ what the diagrams show

	/** Area map: the elements declared in an area or placed in it with {@code area}. */
	public List<Element> areaElements(Area self) {
		DiagramContent content = DiagramContent.areaMap(index(self));
		return content.nodes().stream().filter(n -> n.container() != null && n.container().source() == self)
				.map(DiagramContent.Node::element).toList();
	}

	/** Area map: the label of an area, its number and title. */
	public String areaLabel(Area self) {
		return self.getTitle() == null ? self.getName() : self.getName() + " " + self.getTitle();
	}

	/** Area map, relations layer: every relation whose source is shown on the map. */
	public List<Relation> mapRelations(Model self) {
		DiagramContent content = DiagramContent.areaMap(index(self));
		Set<Relation> relations = new LinkedHashSet<>();
		ModelIndex index = index(self);
		for (DiagramContent.Node node : content.nodes()) {
			index.graph().outgoing(node.element()).forEach(edge -> relations.add(edge.relation()));
		}
		return List.copyOf(relations);
	}

	/** Layer stack: one lane per layer, in the order the model declares them. */
	public List<Layer> layerLanes(Model self) {
		return DiagramContent.layerStack(index(self)).containers().stream().map(c -> (Layer) c.source()).toList();
	}

	/** Layer stack: the label of a lane. */
	public String layerLabel(Layer self) {
		return self.getTitle() == null ? self.getName() : self.getTitle();
	}

	/** Layer stack: the elements of one layer. */
	public List<Element> laneElements(Layer self) {
		return DiagramContent.layerStack(index(self)).nodes().stream()
				.filter(n -> n.container() != null && n.container().source() == self)
				.map(DiagramContent.Node::element).toList();
	}

	/** Layer stack: the relations drawn between the lanes' elements (runs-over). */
	public List<Relation> layerStackRelations(Model self) {
		return relationsOf(DiagramContent.layerStack(index(self)));
	}

	/** Protocol stack: the element and everything it needs beneath it. */
	public List<Element> stackElements(Element self) {
		return DiagramContent.stack(index(self), self).nodes().stream().map(DiagramContent.Node::element).toList();
	}

	/** Protocol stack: the relations among those elements of the stack's kinds. */
	public List<Relation> stackRelations(Element self) {
		return relationsOf(DiagramContent.stack(index(self), self));
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
				? new CreateSpecification(ObjectRef.file(diagramFile(containerView)), specKind,
						freeElementName(self, specKind == SpecKind.STANDARD ? "NEW-STANDARD" : "MS-NEW"), null,
						ref(layer))
				: new CreateSpecification(ref(self), specKind,
						freeElementName(self, specKind == SpecKind.STANDARD ? "NEW-STANDARD" : "MS-NEW"), null));
	}

	/** Creates a technology, placed as {@link #createSpecification} places specifications. */
	public String createTechnology(EObject self, EObject containerView) {
		return run(self, () -> self instanceof Layer layer
				? new CreateTechnology(ObjectRef.file(diagramFile(containerView)), freeElementName(self, "New technology "),
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
			Element viewSource = (Element) semanticOf(viewEnd(edgeView, "sourceNode"));
			Element viewTarget = (Element) semanticOf(viewEnd(edgeView, "targetNode"));
			int index = self.getTargets().indexOf(viewTarget);
			ReconnectEdge.End end = oldEnd == viewSource && oldEnd != viewTarget ? ReconnectEdge.End.SOURCE
					: ReconnectEdge.End.TARGET;
			return new ReconnectEdge(new EdgeRef.At(ref(self), index), end, ref(newEnd));
		});
	}

	/** Deletes the edge: its target of the relation, or the whole relation when it has one target. */
	public String deleteRelation(Relation self, EObject edgeView) {
		return run(self, () -> {
			Element viewTarget = (Element) semanticOf(viewEnd(edgeView, "targetNode"));
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
		Set<Path> files = new LinkedHashSet<>();
		ResourceSet resourceSet = context.eResource() == null ? null : context.eResource().getResourceSet();
		if (resourceSet != null) {
			for (Resource resource : List.copyOf(resourceSet.getResources())) {
				Path file = fileOf(resource);
				if (file != null && file.toString().endsWith(".wpo")) {
					files.add(file);
				}
			}
		}
		Path own = fileOf(context.eResource());
		if (own != null) {
			Path root = own.getParent();
			for (Path folder = root; folder != null; folder = folder.getParent()) {
				if (Files.exists(folder.resolve(".project"))) {
					root = folder;
					break;
				}
			}
			Path top = root;
			try (Stream<Path> walk = Files.walk(top)) {
				walk.filter(p -> p.toString().endsWith(".wpo") && Files.isRegularFile(p))
						.filter(p -> !isOutputOrHidden(top.relativize(p)))
						.map(p -> p.toAbsolutePath().normalize()).sorted().forEach(files::add);
			} catch (IOException e) {
				// The files loaded with the model are still known.
			}
		}
		return new ArrayList<>(files);
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
			Path file = fileOf(model.eResource());
			if (file == null) {
				throw new org.wpo.edit.Refusal("the diagram's model is not a file");
			}
			return ObjectRef.file(file);
		}
		Path file = fileOf(object.eResource());
		String name = WpoQualifiedNameProvider.simpleName(object);
		if (file != null) {
			return new ObjectRef.Located(file, object.eResource().getURIFragment(object), name);
		}
		if (name == null) {
			throw new org.wpo.edit.Refusal("the object is in " + object.eResource().getURI().lastSegment()
					+ ", which is read-only");
		}
		Model model = EcoreUtil2.getContainerOfType(object, Model.class);
		String qualified = model == null || model.getName() == null ? name : model.getName() + "::" + name;
		ObjectRef.Type type = object instanceof Element ? ObjectRef.Type.ELEMENT
				: object instanceof Area ? ObjectRef.Type.AREA
						: object instanceof Layer ? ObjectRef.Type.LAYER : ObjectRef.Type.PRODUCT;
		return new ObjectRef.Named(type, qualified);
	}

	/** The file of a resource, when it is one (platform:/resource URIs resolve in Eclipse). */
	protected static Path fileOf(Resource resource) {
		if (resource == null || resource.getURI() == null) {
			return null;
		}
		URI uri = CommonPlugin.resolve(resource.getURI());
		return uri.isFile() ? Paths.get(uri.toFileString()).toAbsolutePath().normalize() : null;
	}

	private static Path fileOf(EObject object) {
		return fileOf(object.eResource());
	}

	/** The file of the diagram a view belongs to: the file of the diagram's semantic root. */
	private static Path diagramFile(EObject view) throws org.wpo.edit.Refusal {
		for (EObject current = view; current != null; current = current.eContainer()) {
			if ("DSemanticDiagram".equals(current.eClass().getName())) {
				EObject root = semanticOf(current);
				Path file = root == null ? null : fileOf(root.eResource());
				if (file != null) {
					return file;
				}
			}
		}
		throw new org.wpo.edit.Refusal("the diagram's file is not known");
	}

	/** One end (sourceNode or targetNode) of a Sirius edge view. */
	private static EObject viewEnd(EObject edgeView, String end) throws org.wpo.edit.Refusal {
		EStructuralFeature feature = edgeView == null ? null : edgeView.eClass().getEStructuralFeature(end);
		if (feature == null) {
			throw new org.wpo.edit.Refusal("the edge's view has no " + end);
		}
		return (EObject) edgeView.eGet(feature);
	}

	/** The semantic element of a Sirius view (its {@code target}). */
	private static EObject semanticOf(EObject view) {
		EStructuralFeature target = view == null ? null : view.eClass().getEStructuralFeature("target");
		return target == null ? null : (EObject) view.eGet(target);
	}

	private static ModelIndex index(EObject object) {
		return ModelIndex.of(object.eResource().getResourceSet());
	}

	private static List<Relation> relationsOf(DiagramContent content) {
		Set<Relation> relations = new LinkedHashSet<>();
		content.edges().forEach(edge -> relations.add(edge.relation().relation()));
		return List.copyOf(relations);
	}

	/** The next free section number under an area ("7.3" gives "7.3.1", ...) or at the top level. */
	private static String nextAreaName(EObject parent) {
		Set<String> taken = new java.util.HashSet<>();
		index(parent).areas().forEach(area -> taken.add(area.getName()));
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
		for (Element element : index(context).elements()) {
			taken.add(element.getName().toLowerCase(Locale.ROOT));
			element.getAliases().forEach(a -> taken.add(a.toLowerCase(Locale.ROOT)));
		}
		for (int n = 1;; n++) {
			if (!taken.contains((stem + n).toLowerCase(Locale.ROOT))) {
				return stem + n;
			}
		}
	}

	/** Build output and hidden folders hold copies, not the model. */
	private static boolean isOutputOrHidden(Path relative) {
		for (int i = 0; i < relative.getNameCount() - 1; i++) {
			String segment = relative.getName(i).toString();
			if (segment.startsWith(".") || segment.equals("target") || segment.equals("bin")) {
				return true;
			}
		}
		return false;
	}
}
