package org.wpo.edit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.wpo.dsl.model.ModelGraph;
import org.wpo.dsl.naming.WpoQualifiedNameConverter;
import org.wpo.dsl.naming.WpoQualifiedNameProvider;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Layer;
import org.wpo.dsl.wpo.Model;
import org.wpo.dsl.wpo.Product;
import org.wpo.dsl.wpo.Relation;

/**
 * The model an edit works on: the user's files, which may change, and the built-in model, which is
 * read-only, loaded and linked in one resource set. It finds objects by name or place and answers
 * the questions preconditions ask.
 */
public final class EditModel {

	private final XtextResourceSet resourceSet;
	private final Map<Path, XtextResource> files;

	EditModel(XtextResourceSet resourceSet, Map<Path, XtextResource> files) {
		this.resourceSet = resourceSet;
		this.files = new LinkedHashMap<>(files);
	}

	public XtextResourceSet resourceSet() {
		return resourceSet;
	}

	public boolean isEditable(EObject object) {
		return object != null && files.containsValue(object.eResource());
	}

	public void requireEditable(EObject object, String what) throws Refusal {
		if (!isEditable(object)) {
			throw new Refusal(what + " is in " + fileName(object) + ", which is read-only here"
					+ " (the built-in model or a file not given to the editor)");
		}
	}

	public static String fileName(EObject object) {
		Resource resource = object.eResource();
		return resource == null ? "no file" : resource.getURI().lastSegment();
	}

	/** The model (top level) of one of the user's files. */
	public Model model(Path file) throws Refusal {
		XtextResource resource = files.get(file.toAbsolutePath().normalize());
		if (resource == null || resource.getContents().isEmpty()) {
			throw new Refusal("the file " + file.getFileName() + " is not one of the model's files");
		}
		return (Model) resource.getContents().get(0);
	}

	public EObject resolve(ObjectRef ref) throws Refusal {
		if (ref instanceof ObjectRef.File file) {
			return model(file.file());
		}
		if (ref instanceof ObjectRef.Located located) {
			Model model = model(located.file());
			EObject object = model.eResource().getEObject(located.fragment());
			if (object == null || located.name() != null
					&& !located.name().equals(WpoQualifiedNameProvider.simpleName(object))) {
				throw new Refusal("'" + (located.name() == null ? located : located.name())
						+ "' is not where the diagram saw it; the file changed since (refresh the diagram)");
			}
			return object;
		}
		ObjectRef.Named named = (ObjectRef.Named) ref;
		Class<? extends EObject> type = switch (named.type()) {
		case ELEMENT -> Element.class;
		case AREA -> Area.class;
		case LAYER -> Layer.class;
		case PRODUCT -> Product.class;
		};
		List<EObject> found = named(type, named.name());
		if (found.isEmpty()) {
			throw new Refusal("there is no " + named.type().label() + " named '" + named.name() + "'");
		}
		if (found.size() > 1) {
			throw new Refusal("the name '" + named.name() + "' is ambiguous: "
					+ String.join(", ", found.stream().map(this::qualifiedName).toList()) + "; qualify it");
		}
		return found.get(0);
	}

	public <T extends EObject> T resolve(ObjectRef ref, Class<T> type) throws Refusal {
		EObject object = resolve(ref);
		if (!type.isInstance(object)) {
			throw new Refusal(ref + " is " + describe(object) + ", not " + article(type.getSimpleName()));
		}
		return type.cast(object);
	}

	public Element element(ObjectRef ref) throws Refusal {
		return resolve(ref, Element.class);
	}

	public Area area(ObjectRef ref) throws Refusal {
		return resolve(ref, Area.class);
	}

	public Layer layer(ObjectRef ref) throws Refusal {
		return resolve(ref, Layer.class);
	}

	/** The edge a reference names, as a relation and the number of one of its targets. */
	public ModelGraph.Edge edge(EdgeRef ref) throws Refusal {
		ModelGraph graph = ModelGraph.of(resourceSet);
		if (ref instanceof EdgeRef.At at) {
			Relation relation = resolve(at.relation(), Relation.class);
			if (at.targetIndex() < 0 || at.targetIndex() >= relation.getTargets().size()) {
				throw new Refusal("the relation has no target number " + at.targetIndex());
			}
			for (Element source : sources(relation)) {
				for (ModelGraph.Edge edge : graph.outgoing(source)) {
					if (edge.relation() == relation && edge.targetIndex() == at.targetIndex()) {
						return edge;
					}
				}
			}
			throw new Refusal("target " + at.targetIndex() + " of the relation is not linked (unresolved name)");
		}
		EdgeRef.Between between = (EdgeRef.Between) ref;
		Element source = element(between.source());
		Element target = element(between.target());
		List<ModelGraph.Edge> edges = graph.outgoing(source).stream()
				.filter(e -> e.kind() == between.kind() && e.target() == target).toList();
		if (edges.isEmpty()) {
			throw new Refusal("'" + source.getName() + "' has no " + between.kind().getLiteral() + " relation to '"
					+ target.getName() + "'");
		}
		if (edges.size() > 1) {
			throw new Refusal("'" + source.getName() + "' " + between.kind().getLiteral() + " '" + target.getName()
					+ "' " + edges.size() + " times; name the relation by its place");
		}
		return edges.get(0);
	}

	private static List<Element> sources(Relation relation) {
		Element source = org.wpo.dsl.model.Relations.source(relation);
		return source == null ? List.of() : List.of(source);
	}

	/** Every object of a type with this short or qualified name, in all loaded files. */
	public <T extends EObject> List<EObject> named(Class<T> type, String name) {
		List<EObject> found = new ArrayList<>();
		String[] segments = name.split(WpoQualifiedNameConverter.DELIMITER, -1);
		String simple = segments[segments.length - 1];
		String namespace = segments.length > 1 ? name.substring(0, name.length() - simple.length() - 2) : null;
		for (Resource resource : resourceSet.getResources()) {
			TreeIterator<EObject> all = resource.getAllContents();
			while (all.hasNext()) {
				EObject object = all.next();
				if (object instanceof Relation) {
					all.prune();
					continue;
				}
				if (type.isInstance(object) && simple.equals(WpoQualifiedNameProvider.simpleName(object))
						&& (namespace == null || namespace.equals(namespaceOf(object)))) {
					found.add(object);
				}
			}
		}
		return found;
	}

	/**
	 * Objects of a kind, other than {@code self}, that an object named {@code name} in the model
	 * namespace of {@code context} would clash with: same name, or (for elements) an alias equal to it.
	 */
	public List<EObject> clashes(EObject context, EObject self, Class<? extends EObject> kind, String name) {
		String namespace = namespaceOf(context);
		List<EObject> clashes = new ArrayList<>();
		for (EObject other : named(kind, name)) {
			if (other != self && java.util.Objects.equals(namespace, namespaceOf(other))) {
				clashes.add(other);
			}
		}
		if (Element.class.isAssignableFrom(kind)) {
			for (Resource resource : resourceSet.getResources()) {
				TreeIterator<EObject> all = resource.getAllContents();
				while (all.hasNext()) {
					EObject object = all.next();
					if (object instanceof Relation) {
						all.prune();
					} else if (object instanceof Element element && element != self
							&& element.getAliases().contains(name) && !clashes.contains(element)
							&& java.util.Objects.equals(namespace, namespaceOf(element))) {
						clashes.add(element);
					}
				}
			}
		}
		return clashes;
	}

	/** Refuses a name that is empty or already taken in the namespace of {@code context}. */
	public void requireFreeName(EObject context, EObject self, Class<? extends EObject> kind, String name)
			throws Refusal {
		if (name == null || name.isBlank()) {
			throw new Refusal("the name is empty");
		}
		if (!name.equals(name.strip()) || name.contains(WpoQualifiedNameConverter.DELIMITER) || name.chars().anyMatch(Character::isISOControl)) {
			throw new Refusal("'" + name + "' is not a usable name (no surrounding blanks, line breaks or '::')");
		}
		List<EObject> clashes = clashes(context, self, kind, name);
		if (!clashes.isEmpty()) {
			throw new Refusal("the name '" + name + "' is already used by " + describe(clashes.get(0)) + " in "
					+ fileName(clashes.get(0)));
		}
	}

	/** The model namespace of an object, or of the file a new object goes into; null when unnamed. */
	public static String namespaceOf(EObject object) {
		Model model = EcoreUtil2.getContainerOfType(object, Model.class);
		return model == null ? null : model.getName();
	}

	public String qualifiedName(EObject object) {
		String name = WpoQualifiedNameProvider.simpleName(object);
		String namespace = namespaceOf(object);
		return WpoQualifiedNameProvider.qualifiedName(namespace, name);
	}

	public Optional<Path> fileOf(EObject object) {
		for (Map.Entry<Path, XtextResource> entry : files.entrySet()) {
			if (entry.getValue() == object.eResource()) {
				return Optional.of(entry.getKey());
			}
		}
		return Optional.empty();
	}

	public static String describe(EObject object) {
		String name = WpoQualifiedNameProvider.simpleName(object);
		String kind = object instanceof org.wpo.dsl.wpo.Specification s ? s.getKind().getLiteral()
				: object.eClass().getName().toLowerCase(Locale.ROOT);
		return name == null ? article(kind) : kind + " '" + name + "'";
	}

	private static String article(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		return ("aeiou".indexOf(lower.charAt(0)) >= 0 ? "an " : "a ") + lower;
	}
}
