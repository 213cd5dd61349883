package org.wpo.dsl.validation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.ComposedChecks;
import org.wpo.dsl.model.Availability;
import org.wpo.dsl.model.ModelGraph;
import org.wpo.dsl.model.Relations;
import org.wpo.dsl.model.ResourceSetCache;
import org.wpo.dsl.naming.WpoQualifiedNameProvider;
import org.wpo.dsl.wpo.Applicability;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Import;
import org.wpo.dsl.wpo.Layer;
import org.wpo.dsl.wpo.LayerSet;
import org.wpo.dsl.wpo.Model;
import org.wpo.dsl.wpo.Product;
import org.wpo.dsl.wpo.Relation;
import org.wpo.dsl.wpo.RelationKind;
import org.wpo.dsl.wpo.SpecKind;
import org.wpo.dsl.wpo.Specification;
import org.wpo.dsl.wpo.Status;
import org.wpo.dsl.wpo.Technology;
import org.wpo.dsl.wpo.WpoPackage;

import com.google.inject.Inject;

/**
 * The rules of a well-formed WPO model, one check method per rule. Rules that look across files
 * (duplicates, cycles) read the index and the graph of every loaded file. Newer concerns have a
 * validator class each, composed here (README.md beside this class lists every rule).
 */
@ComposedChecks(validators = { ProductLineValidator.class, RedeclarationValidator.class,
		DuplicateRelationValidator.class, ExtensionValidator.class, UnknownWordValidator.class,
		RelationConditionValidator.class })
public class WpoValidator extends AbstractWpoValidator {

	private static final WpoPackage WPO = WpoPackage.eINSTANCE;

	@Inject
	private ResourceDescriptionsProvider resourceDescriptionsProvider;

	@Inject
	private IQualifiedNameProvider qualifiedNameProvider;

	// ---------------------------------------------------------------- names

	@Check(CheckType.NORMAL)
	public void checkUniqueElementName(Element element) {
		checkUnique(element, WPO.getElement_Name(), element.getName(), WPO.getElement(), "specification or technology");
		for (int i = 0; i < element.getAliases().size(); i++) {
			checkUniqueAlias(element, i);
		}
	}

	@Check(CheckType.NORMAL)
	public void checkUniqueAreaName(Area area) {
		checkUnique(area, WPO.getArea_Name(), area.getName(), WPO.getArea(), "area");
	}

	@Check(CheckType.NORMAL)
	public void checkUniqueLayerName(Layer layer) {
		checkUnique(layer, WPO.getLayer_Name(), layer.getName(), WPO.getLayer(), "layer");
	}

	@Check(CheckType.NORMAL)
	public void checkUniqueProductName(Product product) {
		checkUnique(product, WPO.getProduct_Name(), product.getName(), WPO.getProduct(), "product");
	}

	private void checkUnique(EObject object, EStructuralFeature feature, String name, EClass type, String what) {
		QualifiedName qualifiedName = qualifiedNameProvider.getFullyQualifiedName(object);
		if (qualifiedName == null) {
			return;
		}
		List<String> elsewhere = otherDeclarations(object, type, qualifiedName);
		if (!elsewhere.isEmpty()) {
			error("Duplicate " + what + " name '" + name + "': also declared in " + String.join(", ", elsewhere)
					+ ".", object, feature, WpoIssueCodes.DUPLICATE_NAME, name);
		}
	}

	private void checkUniqueAlias(Element element, int index) {
		String alias = element.getAliases().get(index);
		if (alias == null || alias.equals(element.getName())) {
			return;
		}
		QualifiedName qualifiedName = WpoQualifiedNameProvider.qualify(
				org.eclipse.xtext.EcoreUtil2.getContainerOfType(element, Model.class), alias);
		List<String> elsewhere = otherDeclarations(element, WPO.getElement(), qualifiedName);
		if (!elsewhere.isEmpty()) {
			error("Alias '" + alias + "' of '" + element.getName() + "' is also the name or alias of another element in "
					+ String.join(", ", elsewhere) + ".", element, WPO.getElement_Aliases(), index,
					WpoIssueCodes.DUPLICATE_NAME, alias);
		}
	}

	/** Files (by last segment) that declare another object of the type under the same name. */
	private List<String> otherDeclarations(EObject object, EClass type, QualifiedName name) {
		IResourceDescriptions index = resourceDescriptionsProvider.getResourceDescriptions(object.eResource());
		Set<String> files = new LinkedHashSet<>();
		for (IEObjectDescription description : index.getExportedObjects(type, name, false)) {
			EObject other = description.getEObjectOrProxy();
			boolean same = other == object
					|| description.getEObjectURI().equals(org.eclipse.emf.ecore.util.EcoreUtil.getURI(object));
			if (!same) {
				files.add(description.getEObjectURI().trimFragment().lastSegment());
			}
		}
		return new ArrayList<>(files);
	}

	/**
	 * A name that is empty or contains the delimiter of qualified names could never be referred to: a
	 * reference to {@code "a::b"} reads as the name b of model a.
	 */
	@Check
	public void checkElementNameReferable(Element element) {
		checkReferable(element, WPO.getElement_Name(), -1, element.getName());
		for (int i = 0; i < element.getAliases().size(); i++) {
			checkReferable(element, WPO.getElement_Aliases(), i, element.getAliases().get(i));
		}
	}

	@Check
	public void checkAreaNameReferable(Area area) {
		checkReferable(area, WPO.getArea_Name(), -1, area.getName());
	}

	@Check
	public void checkLayerNameReferable(Layer layer) {
		checkReferable(layer, WPO.getLayer_Name(), -1, layer.getName());
	}

	@Check
	public void checkProductNameReferable(Product product) {
		checkReferable(product, WPO.getProduct_Name(), -1, product.getName());
	}

	private void checkReferable(EObject object, EStructuralFeature feature, int index, String name) {
		String delimiter = org.wpo.dsl.naming.WpoQualifiedNameConverter.DELIMITER;
		if (name != null && name.isEmpty()) {
			error("A name may not be empty: no reference could name it.", object, feature, index,
					WpoIssueCodes.INVALID_NAME, name);
		} else if (name != null && name.contains(delimiter)) {
			error("Name '" + name + "' contains '" + delimiter + "', which separates a model's name from a name,"
					+ " so no reference could name it.", object, feature, index, WpoIssueCodes.INVALID_NAME, name);
		}
	}

	/**
	 * The features of an element may come in any order, so the grammar lets one come twice; the
	 * parser then keeps only the last and drops the others without a word (and a dropped applies
	 * statement leaves the text with an object outside the model, which the formatter cannot lay out).
	 */
	@Check
	public void checkFeatureNotRepeated(Element element) {
		Map<String, List<org.eclipse.xtext.nodemodel.INode>> nodes = Locations.nodesByFeature(element);
		checkNotRepeated(element, nodes, WPO.getElement_Status(), "status");
		checkNotRepeated(element, nodes, WPO.getElement_Layer(), "layer");
		checkNotRepeated(element, nodes, WPO.getElement_Area(), "area");
		checkNotRepeated(element, nodes, WPO.getElement_Description(), "description");
		checkNotRepeated(element, nodes, WPO.getElement_Remark(), "remark");
		checkNotRepeated(element, nodes, WPO.getElement_Applicabilities(), "applies");
	}

	private void checkNotRepeated(Element element, Map<String, List<org.eclipse.xtext.nodemodel.INode>> byFeature,
			EStructuralFeature feature, String keyword) {
		List<org.eclipse.xtext.nodemodel.INode> nodes = byFeature.getOrDefault(feature.getName(), List.of());
		for (int i = 1; i < nodes.size(); i++) {
			org.eclipse.xtext.nodemodel.INode node = nodes.get(i);
			getMessageAcceptor().acceptError("'" + element.getName() + "' says '" + keyword
					+ "' more than once; only the last one would count, so say it once.", element, node.getOffset(),
					node.getLength(), WpoIssueCodes.REPEATED_FEATURE, keyword);
		}
	}

	@Check
	public void checkShortNameFitsKind(Specification specification) {
		String name = specification.getName();
		if (name == null) {
			return;
		}
		SpecKind kind = specification.getKind();
		boolean microsoft = ShortNames.MICROSOFT.matcher(name).matches();
		if (kind == SpecKind.STANDARD) {
			if (microsoft) {
				error("Short name '" + name + "' is a Microsoft specification's (MS-/MC-), but its kind is standard,"
						+ " which is for documents of other bodies.", specification, WPO.getElement_Name(),
						WpoIssueCodes.SHORT_NAME_KIND, name, kind.getLiteral());
			} else if (ShortNames.RFC_LIKE.matcher(name).matches() && !ShortNames.RFC.matcher(name).matches()) {
				error("Short name '" + name + "' does not fit an RFC: write RFC and the number, as in RFC768.",
						specification, WPO.getElement_Name(), WpoIssueCodes.SHORT_NAME_KIND, name, kind.getLiteral());
			}
		} else if (!microsoft) {
			error("Short name '" + name + "' does not fit kind " + kind.getLiteral()
					+ ": Microsoft specifications are named MS-... or MC-...; use kind standard for documents"
					+ " of other bodies.", specification, WPO.getElement_Name(), WpoIssueCodes.SHORT_NAME_KIND, name,
					kind.getLiteral());
		}
	}

	@Check
	public void checkTechnologyName(Technology technology) {
		String name = technology.getName();
		if (name != null && (ShortNames.MICROSOFT.matcher(name).matches() || ShortNames.RFC.matcher(name).matches())) {
			error("Technology '" + name + "' has a specification's short name: declare it as a specification, or"
					+ " link the technology to it with specified-by.", technology, WPO.getElement_Name(),
					WpoIssueCodes.SHORT_NAME_KIND, name, "technology");
		}
	}

	@Check
	public void checkImportExists(Import anImport) {
		String namespace = anImport.getImportedNamespace();
		if (namespace == null) {
			return;
		}
		IResourceDescriptions index = resourceDescriptionsProvider.getResourceDescriptions(anImport.eResource());
		QualifiedName prefix = QualifiedName.create(namespace);
		for (IEObjectDescription description : index.getExportedObjects()) {
			if (description.getName().getSegmentCount() > 1 && description.getName().startsWith(prefix)) {
				return;
			}
		}
		error("Unknown model '" + namespace + "': no loaded file declares 'model " + namespace + "'.", anImport,
				WPO.getImport_ImportedNamespace(), WpoIssueCodes.UNKNOWN_IMPORT, namespace);
	}

	// ---------------------------------------------------------------- relations

	@Check
	public void checkSelfRelation(Relation relation) {
		Element source = Relations.source(relation);
		for (int i = 0; i < relation.getTargets().size(); i++) {
			if (source != null && relation.getTargets().get(i) == source) {
				error("'" + source.getName() + "' " + relation.getKind().getLiteral() + " itself.", relation,
						WPO.getRelation_Targets(), i, WpoIssueCodes.SELF_RELATION, source.getName());
			}
		}
	}

	/**
	 * The kinds whose cycles make no sense, with their codes: nothing runs over itself, is replaced by
	 * its own replacement, or administers itself (a cycle of manages closes on its first element,
	 * which the self-relation rule refuses when written directly).
	 */
	private static final java.util.Map<RelationKind, String> CYCLE_CODES = java.util.Map.of(RelationKind.RUNS_OVER,
			WpoIssueCodes.RUNS_OVER_CYCLE, RelationKind.REPLACES, WpoIssueCodes.REPLACES_CYCLE, RelationKind.MANAGES,
			WpoIssueCodes.MANAGES_CYCLE);

	@Check(CheckType.NORMAL)
	public void checkCycle(Relation relation) {
		RelationKind kind = relation.getKind();
		String code = CYCLE_CODES.get(kind);
		if (code == null) {
			return;
		}
		Element source = Relations.source(relation);
		if (source == null) {
			return;
		}
		ModelGraph graph = graph(relation);
		for (int i = 0; i < relation.getTargets().size(); i++) {
			Element target = relation.getTargets().get(i);
			if (target == null || target.eIsProxy() || target == source) {
				continue;
			}
			List<Element> back = graph.path(target, source, kind);
			if (!back.isEmpty()) {
				List<String> names = new ArrayList<>();
				names.add(source.getName());
				back.forEach(e -> names.add(e.getName()));
				error("Cycle through " + kind.getLiteral() + ": " + String.join(" -> ", names) + ".", relation,
						WPO.getRelation_Targets(), i, code, names.toArray(String[]::new));
			}
		}
	}

	@Check
	public void checkLayerOrder(Relation relation) {
		if (relation.getKind() != RelationKind.RUNS_OVER) {
			return;
		}
		Element source = Relations.source(relation);
		Layer sourceLayer = source == null ? null : source.getLayer();
		if (sourceLayer == null || sourceLayer.eIsProxy()) {
			return;
		}
		for (int i = 0; i < relation.getTargets().size(); i++) {
			Element target = relation.getTargets().get(i);
			Layer targetLayer = target == null || target.eIsProxy() ? null : target.getLayer();
			if (targetLayer == null || targetLayer.eIsProxy() || targetLayer.eContainer() != sourceLayer.eContainer()) {
				continue;
			}
			List<Layer> order = ((LayerSet) sourceLayer.eContainer()).getLayers();
			if (order.indexOf(targetLayer) < order.indexOf(sourceLayer)) {
				error("Layer inversion: '" + source.getName() + "' (" + sourceLayer.getName() + ") runs over '"
						+ target.getName() + "' (" + targetLayer.getName() + "), which is in a higher layer.",
						relation, WPO.getRelation_Targets(), i, WpoIssueCodes.LAYER_INVERSION, source.getName(),
						target.getName());
			}
		}
	}

	@Check
	public void checkApplicabilityOfDependencies(Relation relation) {
		if (!Relations.DEPENDENCY_KINDS.contains(relation.getKind())) {
			return;
		}
		Element source = Relations.source(relation);
		Optional<Set<Product>> needed = source == null ? Optional.empty() : needed(source, relation);
		if (needed.isEmpty()) {
			return;
		}
		for (int i = 0; i < relation.getTargets().size(); i++) {
			Element target = relation.getTargets().get(i);
			if (target == null || target.eIsProxy()) {
				continue;
			}
			Optional<Set<Product>> available = Availability.of(target);
			if (available.isPresent()) {
				List<Product> missing = Availability.missing(needed.get(), available.get());
				if (!missing.isEmpty()) {
					error("Applicability conflict: '" + source.getName() + "' " + relation.getKind().getLiteral()
							+ " '" + target.getName() + "', which is not available in "
							+ missing.stream().map(Product::getName).collect(Collectors.joining(", ")) + ".",
							relation, WPO.getRelation_Targets(), i, WpoIssueCodes.APPLICABILITY_CONFLICT,
							source.getName(), target.getName());
				}
			}
		}
	}

	/**
	 * The products in which a dependency must hold: those of its source, narrowed by the relation's
	 * own {@code only} condition; empty when neither restricts it.
	 */
	private static Optional<Set<Product>> needed(Element source, Relation relation) {
		Optional<Set<Product>> products = Availability.of(source);
		Optional<Set<Product>> condition = Availability.of(relation);
		if (condition.isEmpty()) {
			return products;
		}
		if (products.isEmpty()) {
			return condition;
		}
		Set<Product> both = new LinkedHashSet<>(condition.get());
		both.retainAll(products.get());
		return Optional.of(both);
	}

	@Check
	public void checkApplicability(Applicability applicability) {
		String problem = Availability.problem(applicability);
		if (problem != null) {
			String statement = applicability.eContainer() instanceof Relation ? "The condition 'only ...'"
					: "The applies statement";
			error(statement + " names no product: " + problem + ".", applicability,
					applicability.getFrom() != null ? WPO.getApplicability_From() : WPO.getApplicability_To(),
					WpoIssueCodes.INVALID_APPLICABILITY);
		}
	}

	@Check
	public void checkDeprecatedDependency(Relation relation) {
		if (!Relations.DEPENDENCY_KINDS.contains(relation.getKind())) {
			return;
		}
		Element source = Relations.source(relation);
		if (source == null || source.getStatus() != Status.CURRENT) {
			return;
		}
		for (int i = 0; i < relation.getTargets().size(); i++) {
			Element target = relation.getTargets().get(i);
			if (target != null && !target.eIsProxy()
					&& (target.getStatus() == Status.DEPRECATED || target.getStatus() == Status.OBSOLETE)) {
				warning("Current '" + source.getName() + "' " + relation.getKind().getLiteral() + " '"
						+ target.getName() + "', which is " + target.getStatus().getLiteral() + ".", relation,
						WPO.getRelation_Targets(), i, WpoIssueCodes.DEPRECATED_DEPENDENCY, source.getName(),
						target.getName());
			}
		}
	}

	// ---------------------------------------------------------------- areas

	@Check
	public void checkSpecificationPlaced(Specification specification) {
		if (!(specification.eContainer() instanceof Area) && specification.getArea() == null) {
			warning("Specification '" + specification.getName()
					+ "' is placed in no area: declare it inside an area or add 'area' to it.", specification,
					WPO.getElement_Name(), WpoIssueCodes.UNPLACED_SPECIFICATION, specification.getName());
		}
	}

	@Check(CheckType.NORMAL)
	public void checkAreaNotEmpty(Area area) {
		if (area.getMembers().isEmpty() && !graph(area).isReferenced(area)) {
			warning("Area '" + area.getName() + "' is empty: nothing is declared or placed in it, and no element"
					+ " cites it.", area, WPO.getArea_Name(), WpoIssueCodes.EMPTY_AREA, area.getName());
		}
	}

	@Check
	public void checkCoversOnOverview(Specification specification) {
		if (!specification.getCovers().isEmpty() && specification.getKind() != SpecKind.OVERVIEW) {
			warning("Only overview documents cover areas; '" + specification.getName() + "' is a "
					+ specification.getKind().getLiteral() + ".", specification, WPO.getElement_Covers(), 0,
					WpoIssueCodes.COVERS_ON_NON_OVERVIEW, specification.getName());
		}
	}

	/**
	 * The graph of all loaded files, shared by the validation of every file until one of them
	 * changes ({@link ResourceSetCache}).
	 */
	private ModelGraph graph(EObject context) {
		return (ModelGraph) getContext().computeIfAbsent(ModelGraph.class, key -> ModelGraph.shared(context));
	}
}
