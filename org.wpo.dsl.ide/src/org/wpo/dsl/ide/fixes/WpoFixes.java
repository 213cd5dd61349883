package org.wpo.dsl.ide.fixes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.impl.LinkingHelper;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.util.TextRegion;
import org.wpo.dsl.ide.server.LibraryElements;
import org.wpo.dsl.model.Relations;
import org.wpo.dsl.naming.WpoQualifiedNameConverter;
import org.wpo.dsl.naming.WpoResourceDescriptionStrategy;
import org.wpo.dsl.validation.WpoIssueCodes;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.LayerSet;
import org.wpo.dsl.wpo.Model;
import org.wpo.dsl.wpo.ProductSet;
import org.wpo.dsl.wpo.Relation;
import org.wpo.dsl.wpo.RelationKind;
import org.wpo.dsl.wpo.SpecKind;
import org.wpo.dsl.wpo.Specification;
import org.wpo.dsl.wpo.Technology;
import org.wpo.dsl.wpo.WpoPackage;

import com.google.inject.Inject;

/**
 * The fixes of validation problems, computed on the model and its text without any editor: the
 * language server turns them into code actions, the Eclipse editor into quick fixes. Each problem is
 * identified by its code and the text range the diagnostic marks.
 *
 * <ul>
 * <li>{@code wpo.unresolved-reference}: create the missing element, area, layer or product.</li>
 * <li>{@code wpo.self-relation}: remove the relation to itself.</li>
 * <li>{@code wpo.unplaced-specification}: place the specification into an area.</li>
 * <li>{@code wpo.short-name-kind}: change the kind, or correct the short name, so that they fit.</li>
 * <li>{@code wpo.layer-inversion}: swap the inverted runs-over.</li>
 * </ul>
 */
public class WpoFixes {

	/** The codes of the problems this class can fix. */
	public static final Set<String> CODES = Set.of(WpoIssueCodes.UNRESOLVED_REFERENCE, WpoIssueCodes.SELF_RELATION,
			WpoIssueCodes.UNPLACED_SPECIFICATION, WpoIssueCodes.SHORT_NAME_KIND, WpoIssueCodes.LAYER_INVERSION);

	/** At most this many areas are offered to place a specification in. */
	static final int MAX_AREAS = 12;

	private static final WpoPackage WPO = WpoPackage.eINSTANCE;
	private static final String INDENT = "\t";
	private static final Pattern MICROSOFT = Pattern.compile("M[SC]-[A-Za-z0-9]+(-[A-Za-z0-9]+)*");
	private static final Pattern RFC = Pattern.compile("RFC[1-9][0-9]*");
	private static final Pattern RFC_LOOSE = Pattern.compile("(?i)RFC[ \\-_]?0*([1-9][0-9]*)");
	private static final Pattern MICROSOFT_LOOSE = Pattern.compile("(?i)(M[SC])[ \\-_]?([A-Za-z0-9]+([\\-_][A-Za-z0-9]+)*)");

	@Inject
	private IValueConverterService valueConverters;

	@Inject
	private IQualifiedNameConverter qualifiedNameConverter;

	@Inject
	private IQualifiedNameProvider qualifiedNameProvider;

	@Inject
	private IScopeProvider scopeProvider;

	@Inject
	private EObjectAtOffsetHelper atOffset;

	@Inject
	private LinkingHelper linkingHelper;

	/**
	 * The fixes of one problem.
	 *
	 * @param resource the file, parsed and linked
	 * @param code     the problem's code
	 * @param offset   where the problem's range starts
	 * @param length   the length of the problem's range
	 * @return the fixes, best first; empty when there is none
	 */
	public List<Fix> fixes(XtextResource resource, String code, int offset, int length) {
		if (resource == null || resource.getParseResult() == null || code == null) {
			return List.of();
		}
		Text text = new Text(resource);
		return switch (code) {
			case WpoIssueCodes.UNRESOLVED_REFERENCE -> createMissing(text, offset, length);
			case WpoIssueCodes.SELF_RELATION -> removeSelfRelation(text, offset, length);
			case WpoIssueCodes.UNPLACED_SPECIFICATION -> placeInArea(text, offset);
			case WpoIssueCodes.SHORT_NAME_KIND -> fitNameAndKind(text, offset);
			case WpoIssueCodes.LAYER_INVERSION -> swapRunsOver(text, offset, length);
			default -> List.of();
		};
	}

	// ---------------------------------------------------------------- unresolved reference

	private List<Fix> createMissing(Text text, int offset, int length) {
		INode node = atOffset.getCrossReferenceNode(text.resource, new TextRegion(offset, length));
		if (node == null || !(node.getGrammarElement() instanceof CrossReference crossReference)) {
			return List.of();
		}
		EObject owner = NodeModelUtils.findActualSemanticObjectFor(node);
		EReference reference = GrammarUtil.getReference(crossReference, owner.eClass());
		String written = linkingHelper.getCrossRefNodeAsString(node, true);
		if (reference == null || written == null || written.isEmpty()) {
			return List.of();
		}
		Model model = (Model) text.resource.getContents().get(0);
		String name = written;
		int qualifier = written.lastIndexOf(WpoQualifiedNameConverter.DELIMITER);
		if (qualifier >= 0) {
			// Only a name of this file's own model can be created here.
			if (!written.substring(0, qualifier).equals(model.getName())) {
				return List.of();
			}
			name = written.substring(qualifier + WpoQualifiedNameConverter.DELIMITER.length());
		}
		if (reference.getEReferenceType() == WPO.getElement()) {
			return List.of(createElement(text, owner, name));
		}
		if (reference.getEReferenceType() == WPO.getArea()) {
			String declaration = "area " + valueConverters.toString(name, "AreaName");
			return List.of(new Fix("Create area " + name, List.of(text.appendTopLevel(declaration))));
		}
		if (reference.getEReferenceType() == WPO.getLayer()) {
			LayerSet set = EcoreUtil2.getAllContentsOfType(model, LayerSet.class).stream().findFirst().orElse(null);
			return List.of(addToList(text, set, "layers", "layer", name));
		}
		if (reference.getEReferenceType() == WPO.getProduct()) {
			ProductSet set = EcoreUtil2.getAllContentsOfType(model, ProductSet.class).stream().findFirst().orElse(null);
			return List.of(addToList(text, set, "products", "product", name));
		}
		return List.of();
	}

	private Fix createElement(Text text, EObject owner, String name) {
		String keyword = MICROSOFT.matcher(name).matches() ? "protocol"
				: RFC.matcher(name).matches() ? "standard" : "technology";
		String declaration = keyword + " " + valueConverters.toString(name, "Name");
		String label = "Create " + keyword + " " + name;
		// Beside the declaration that refers to it: in the same area, or at the top level.
		EObject beside = owner;
		while (beside != null && !(beside.eContainer() instanceof Area || beside.eContainer() instanceof Model)) {
			beside = beside.eContainer();
		}
		if (beside == null) {
			return new Fix(label, List.of(text.appendTopLevel(declaration)));
		}
		INode node = NodeModelUtils.getNode(beside);
		String indent = text.indentAt(node.getOffset());
		return new Fix(label, List.of(text.insert(node.getEndOffset(), text.newline + indent + declaration)));
	}

	private Fix addToList(Text text, EObject set, String listKeyword, String keyword, String name) {
		String entry = keyword + " " + valueConverters.toString(name, "Name");
		if (set == null) {
			String block = listKeyword + " {" + text.newline + INDENT + entry + text.newline + "}";
			return new Fix("Create a " + keyword + " list with " + keyword + " " + name,
					List.of(text.appendTopLevel(block)));
		}
		INode node = NodeModelUtils.getNode(set);
		ILeafNode close = lastLeaf(node, "}");
		String indent = text.indentAt(node.getOffset());
		int at = text.endOfLastToken(close.getOffset());
		return new Fix("Add " + keyword + " " + name + " to the " + keyword + " list",
				List.of(text.insert(at, text.newline + indent + INDENT + entry)));
	}

	// ---------------------------------------------------------------- relation to itself

	private List<Fix> removeSelfRelation(Text text, int offset, int length) {
		RelationTarget target = relationTarget(text, offset, length);
		if (target == null) {
			return List.of();
		}
		String name = target.relation.getTargets().get(target.index).getName();
		String kind = target.relation.getKind().getLiteral();
		String label = target.relation.getTargets().size() == 1 ? "Remove the relation '" + kind + " " + name + "'"
				: "Remove '" + name + "' from " + kind;
		return List.of(new Fix(label, List.of(removeTarget(text, target))));
	}

	/** A relation and the index of the target the problem is about. */
	private record RelationTarget(Relation relation, int index, List<INode> nodes) {
	}

	private RelationTarget relationTarget(Text text, int offset, int length) {
		INode node = atOffset.getCrossReferenceNode(text.resource, new TextRegion(offset, length));
		if (node == null || !(NodeModelUtils.findActualSemanticObjectFor(node) instanceof Relation relation)) {
			return null;
		}
		List<INode> nodes = NodeModelUtils.findNodesForFeature(relation, WPO.getRelation_Targets());
		for (int i = 0; i < nodes.size() && i < relation.getTargets().size(); i++) {
			INode candidate = nodes.get(i);
			boolean inside = candidate.getOffset() <= offset
					&& (offset < candidate.getEndOffset() || length == 0 && offset == candidate.getEndOffset());
			if (inside) {
				Element target = relation.getTargets().get(i);
				return target == null || target.eIsProxy() ? null : new RelationTarget(relation, i, nodes);
			}
		}
		return null;
	}

	/** Removes one target with its comma, or the whole relation when it is the only one. */
	private static TextChange removeTarget(Text text, RelationTarget target) {
		List<INode> nodes = target.nodes;
		if (nodes.size() == 1) {
			return text.removeLines(NodeModelUtils.getNode(target.relation));
		}
		int i = target.index;
		if (i > 0) {
			return text.delete(nodes.get(i - 1).getEndOffset(), nodes.get(i).getEndOffset());
		}
		return text.delete(nodes.get(0).getOffset(), nodes.get(1).getOffset());
	}

	// ---------------------------------------------------------------- unplaced specification

	private List<Fix> placeInArea(Text text, int offset) {
		EObject object = atOffset.resolveElementAt(text.resource, offset);
		if (!(object instanceof Specification specification)) {
			return List.of();
		}
		List<Area> areas = new ArrayList<>(EcoreUtil2.getAllContentsOfType(text.resource.getContents().get(0),
				Area.class));
		IScope scope = scopeProvider.getScope(specification, WPO.getElement_Area());
		if (areas.isEmpty()) {
			// None in this file: the top-level areas of the models this file can see (the built-in chapters).
			for (IEObjectDescription description : scope.getAllElements()) {
				EObject area = EcoreUtil2.resolve(description.getEObjectOrProxy(), text.resource);
				if (area instanceof Area candidate && !candidate.eIsProxy() && candidate.eContainer() instanceof Model
						&& !areas.contains(candidate)) {
					areas.add(candidate);
				}
			}
		}
		List<Fix> fixes = new ArrayList<>();
		for (Area area : areas.subList(0, Math.min(MAX_AREAS, areas.size()))) {
			String reference = referenceText(scope, area);
			if (reference == null) {
				continue;
			}
			String label = "Place " + specification.getName() + " in area " + area.getName()
					+ (area.getTitle() == null ? "" : " (" + area.getTitle() + ")");
			fixes.add(new Fix(label, List.of(addFeature(text, specification, "area " + reference, false))));
		}
		return fixes;
	}

	/**
	 * Adds a line to an element's body, first or last, giving it a body if it has none. Features
	 * (area, layer) go first, relations last, as the formatter and the built-in model write them.
	 */
	private static TextChange addFeature(Text text, Element element, String line, boolean last) {
		INode node = NodeModelUtils.getNode(element);
		String indent = text.indentAt(node.getOffset());
		ILeafNode open = firstLeaf(node, "{");
		if (open == null) {
			return text.insert(node.getEndOffset(), " {" + text.newline + indent + INDENT + line + text.newline
					+ indent + "}");
		}
		int at = last ? text.endOfLastToken(lastLeaf(node, "}").getOffset()) : open.getEndOffset();
		return text.insert(at, text.newline + indent + INDENT + line);
	}

	// ---------------------------------------------------------------- short name and kind

	private List<Fix> fitNameAndKind(Text text, int offset) {
		EObject object = atOffset.resolveElementAt(text.resource, offset);
		List<Fix> fixes = new ArrayList<>();
		if (object instanceof Technology technology && technology.getName() != null) {
			String name = technology.getName();
			String kind = RFC.matcher(name).matches() ? "standard" : "protocol";
			ILeafNode keyword = firstLeaf(NodeModelUtils.getNode(technology), "technology");
			if (keyword != null) {
				fixes.add(new Fix("Declare " + name + " as a " + kind, List.of(text.replace(keyword, kind))));
			}
		} else if (object instanceof Specification specification && specification.getName() != null) {
			String name = specification.getName();
			INode kindNode = first(NodeModelUtils.findNodesForFeature(specification, WPO.getSpecification_Kind()));
			boolean microsoft = MICROSOFT.matcher(name).matches();
			if (specification.getKind() == SpecKind.STANDARD) {
				if (microsoft && kindNode != null) {
					fixes.add(new Fix("Change the kind of " + name + " to protocol",
							List.of(text.replace(kindNode, "protocol"))));
				}
				Matcher rfc = RFC_LOOSE.matcher(name);
				if (!microsoft && rfc.matches()) {
					fixes.add(rename(text, specification, "RFC" + rfc.group(1)));
				}
			} else if (!microsoft) {
				Matcher loose = MICROSOFT_LOOSE.matcher(name);
				if (loose.matches()) {
					String corrected = (loose.group(1) + "-" + loose.group(2)).toUpperCase(Locale.ROOT).replace('_', '-');
					if (MICROSOFT.matcher(corrected).matches() && !corrected.equals(name)) {
						fixes.add(rename(text, specification, corrected));
					}
				}
				if (kindNode != null) {
					fixes.add(new Fix("Change the kind of " + name + " to standard",
							List.of(text.replace(kindNode, "standard"))));
				}
			}
		}
		return fixes;
	}

	/**
	 * Renames a specification and every reference to it in the files loaded with this one (the
	 * language server loads every file of the workspace folder).
	 */
	private Fix rename(Text text, Specification specification, String newName) {
		List<TextChange> changes = new ArrayList<>();
		INode nameNode = first(NodeModelUtils.findNodesForFeature(specification, WPO.getElement_Name()));
		changes.add(text.replace(nameNode, valueConverters.toString(newName, "Name")));
		String segment = valueConverters.toString(newName, "AreaName");
		for (Resource resource : List.copyOf(text.resource.getResourceSet().getResources())) {
			if (!(resource instanceof XtextResource other) || other.getParseResult() == null
					|| LibraryElements.isBuiltIn(other.getContents().isEmpty() ? null : other.getContents().get(0))) {
				continue;
			}
			for (EObject object : (Iterable<EObject>) () -> other.getAllContents()) {
				for (EReference reference : object.eClass().getEAllReferences()) {
					if (reference.isContainment() || reference.isContainer()
							|| !reference.getEReferenceType().isSuperTypeOf(WPO.getSpecification())) {
						continue;
					}
					List<INode> nodes = NodeModelUtils.findNodesForFeature(object, reference);
					List<?> values = reference.isMany() ? (List<?>) object.eGet(reference, false)
							: java.util.Collections.singletonList(object.eGet(reference, false));
					for (int i = 0; i < nodes.size() && i < values.size(); i++) {
						if (values.get(i) == specification) {
							// The last segment is the name; a model qualifier stays as written.
							ILeafNode last = lastNonHidden(nodes.get(i));
							changes.add(new TextChange(other.getURI(), last.getOffset(), last.getLength(), segment));
						}
					}
				}
			}
		}
		changes.sort(Comparator.comparing((TextChange c) -> c.uri().toString()).thenComparingInt(TextChange::offset));
		return new Fix("Rename " + specification.getName() + " to " + newName, changes);
	}

	// ---------------------------------------------------------------- inverted runs-over

	private List<Fix> swapRunsOver(Text text, int offset, int length) {
		RelationTarget found = relationTarget(text, offset, length);
		if (found == null || found.relation.getKind() != RelationKind.RUNS_OVER) {
			return List.of();
		}
		Element source = Relations.source(found.relation);
		Element target = found.relation.getTargets().get(found.index);
		if (source == null) {
			return List.of();
		}
		List<TextChange> changes = new ArrayList<>();
		changes.add(removeTarget(text, found));
		// A single target takes its section and note along.
		String rest = "";
		if (found.nodes.size() == 1) {
			INode relationNode = NodeModelUtils.getNode(found.relation);
			rest = text.content.substring(found.nodes.get(0).getEndOffset(), relationNode.getEndOffset());
		}
		if (target.eResource() == text.resource) {
			String reference = referenceText(scopeProvider.getScope(target, WPO.getRelation_Targets()), source);
			if (reference == null) {
				return List.of();
			}
			changes.add(addFeature(text, target, "runs-over " + reference + rest, true));
		} else {
			Model model = (Model) text.resource.getContents().get(0);
			String targetReference = referenceText(scopeProvider.getScope(model, WPO.getExtension_Target()), target);
			String sourceReference = referenceText(scopeProvider.getScope(model, WPO.getRelation_Targets()), source);
			if (targetReference == null || sourceReference == null) {
				return List.of();
			}
			changes.add(text.appendTopLevel("extend " + targetReference + " {" + text.newline + INDENT + "runs-over "
					+ sourceReference + rest + text.newline + "}"));
		}
		changes.sort(Comparator.comparingInt(TextChange::offset));
		return List.of(new Fix("Swap: make " + target.getName() + " run over " + source.getName(), changes));
	}

	// ---------------------------------------------------------------- names and text

	/**
	 * The shortest name by which the scope sees the object (its own name rather than an alias), as a
	 * reference writes it; null when the scope does not see it.
	 */
	private String referenceText(IScope scope, EObject object) {
		QualifiedName best = null;
		boolean bestIsAlias = true;
		for (IEObjectDescription description : scope.getElements(object)) {
			boolean alias = description.getUserData(WpoResourceDescriptionStrategy.ALIAS_OF) != null;
			QualifiedName name = description.getName();
			boolean better = best == null || (bestIsAlias && !alias)
					|| (alias == bestIsAlias && name.getSegmentCount() < best.getSegmentCount());
			if (better) {
				best = name;
				bestIsAlias = alias;
			}
		}
		if (best == null) {
			best = qualifiedNameProvider.getFullyQualifiedName(object);
		}
		return best == null ? null : valueConverters.toString(qualifiedNameConverter.toString(best), "Ref");
	}

	private static <T> T first(List<T> list) {
		return list.isEmpty() ? null : list.get(0);
	}

	private static ILeafNode firstLeaf(INode node, String text) {
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden() && text.equals(leaf.getText())) {
				return leaf;
			}
		}
		return null;
	}

	private static ILeafNode lastLeaf(INode node, String text) {
		ILeafNode found = null;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden() && text.equals(leaf.getText())) {
				found = leaf;
			}
		}
		return found;
	}

	private static ILeafNode lastNonHidden(INode node) {
		if (node instanceof ILeafNode leaf) {
			return leaf;
		}
		ILeafNode found = null;
		for (ILeafNode leaf : ((ICompositeNode) node).getLeafNodes()) {
			if (!leaf.isHidden()) {
				found = leaf;
			}
		}
		return found;
	}

	/** The text of one file and the edits of it that fixes are made of. */
	private static final class Text {

		final XtextResource resource;
		final URI uri;
		final String content;
		final String newline;

		Text(XtextResource resource) {
			this.resource = resource;
			this.uri = resource.getURI();
			this.content = resource.getParseResult().getRootNode().getText();
			this.newline = content.contains("\r\n") ? "\r\n" : "\n";
		}

		TextChange insert(int offset, String text) {
			return new TextChange(uri, offset, 0, text);
		}

		TextChange delete(int start, int end) {
			return new TextChange(uri, start, end - start, "");
		}

		TextChange replace(INode node, String text) {
			return new TextChange(uri, node.getOffset(), node.getLength(), text);
		}

		int lineStart(int offset) {
			return content.lastIndexOf('\n', offset - 1) + 1;
		}

		/** The blanks that start the line holding the offset. */
		String indentAt(int offset) {
			int start = lineStart(offset);
			int end = start;
			while (end < content.length() && (content.charAt(end) == ' ' || content.charAt(end) == '\t')) {
				end++;
			}
			return content.substring(start, Math.min(end, offset));
		}

		/** The end of the last non-blank character before the offset. */
		int endOfLastToken(int offset) {
			int end = offset;
			while (end > 0 && Character.isWhitespace(content.charAt(end - 1))) {
				end--;
			}
			return end;
		}

		/** Removes a node; when it stands alone on its lines, the lines go with it. */
		TextChange removeLines(INode node) {
			int start = node.getOffset();
			int end = node.getEndOffset();
			int lineStart = lineStart(start);
			int lineEnd = content.indexOf('\n', end);
			lineEnd = lineEnd < 0 ? content.length() : lineEnd + 1;
			boolean aloneBefore = content.substring(lineStart, start).isBlank();
			boolean aloneAfter = content.substring(end, lineEnd).isBlank();
			if (aloneBefore && aloneAfter) {
				return delete(lineStart, lineEnd);
			}
			if (aloneAfter) {
				return delete(endOfLastToken(start), end);
			}
			int next = end;
			while (next < content.length() && (content.charAt(next) == ' ' || content.charAt(next) == '\t')) {
				next++;
			}
			return delete(start, next);
		}

		/** A declaration at the end of the file, after a blank line. */
		TextChange appendTopLevel(String declaration) {
			int end = endOfLastToken(content.length());
			return new TextChange(uri, end, content.length() - end, newline + newline + declaration + newline);
		}
	}
}
