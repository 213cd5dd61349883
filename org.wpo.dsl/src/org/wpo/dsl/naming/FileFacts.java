package org.wpo.dsl.naming;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.build.ResolvedResourceDescription;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.linking.impl.LinkingHelper;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.BidiTreeIterator;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.linking.impl.XtextLinkingDiagnostic;
import org.wpo.dsl.wpo.Extension;
import org.wpo.dsl.wpo.Import;
import org.wpo.dsl.wpo.Model;
import org.wpo.dsl.wpo.Relation;
import org.wpo.dsl.wpo.RelationKind;

/**
 * What other files can learn from one file, read from its text alone (no linking): the names it
 * looks up, and two fingerprints of its tokens. The language server compares them between builds to
 * rebuild only the files whose diagnostics can change ({@link WpoResourceDescriptionManager}).
 * <ul>
 * <li>The content fingerprint covers every token except titles, descriptions, remarks, notes and
 * cited source documents, which no rule of another file reads; whitespace and comments are no
 * tokens.</li>
 * <li>The line fingerprint covers the lines of those tokens: messages of other files name the line
 * of a declaration here ("declared in protocols.wpo line 12").</li>
 * <li>The names looked up are each reference as written, qualified by the file's own model and by
 * each model it imports, as the scope provider tries them; besides, each name the file declares,
 * also qualified by each imported model (a duplicate or redeclared name is an error).</li>
 * <li>Among them, those whose declaring file's diagnostics depend on being referred to from here
 * (BACK: areas placed in or cited, extended elements, targets of relations that can close a cycle),
 * and those whose other referrers' diagnostics do (SHARED: extended elements, the product a list
 * continues: a second extend block or list of the same name is an error).</li>
 * <li>Whether the file, once linked, has an unresolved reference: its message lists the closest
 * names of every file.</li>
 * </ul>
 * Both fingerprints and the imported models are kept among the imported names of the file's
 * description as names whose first segment starts with a NUL character, which no WPO name has, so
 * that they survive the copies the index keeps.
 */
public final class FileFacts {

	/** First segment of the marker names; no name written in a WPO file can contain NUL. */
	static final String MARKER = "\u0000wpo";
	static final String CONTENT = "content";
	static final String LINES = "lines";
	static final String IMPORT = "import";
	/** Names of declarations whose own diagnostics depend on this file referring to them. */
	static final String BACK = "back";
	/** Names whose other referrers' diagnostics depend on this file referring to them too. */
	static final String SHARED = "shared";

	/** Marks a file with an unresolved reference, whose message lists the closest names of all files. */
	static final List<QualifiedName> UNRESOLVED_MARKER = List.of(QualifiedName.create(MARKER, "unresolved"));

	/**
	 * The relation kinds whose cycles validation refuses (WpoValidator.checkCycle): a relation of such
	 * a kind can close a cycle through the target's file.
	 */
	private static final Set<RelationKind> CYCLE_KINDS = EnumSet.of(RelationKind.RUNS_OVER, RelationKind.REPLACES,
			RelationKind.MANAGES);

	/** Features whose text no other file's diagnostics depend on. */
	private static final Set<String> UNSEEN_FEATURES = Set.of("title", "description", "remark", "remarks", "note",
			"sourceDocument", "sourceSection");

	/** Keywords that only introduce such features. */
	private static final Set<String> UNSEEN_KEYWORDS = Set.of("description", "remark", "note", "source");

	private FileFacts() {
	}

	/**
	 * The imported names of a file's description: the names it looks up or declares (lower case), then
	 * the marker names of its fingerprints and imported models.
	 */
	public static Set<QualifiedName> importedNames(XtextResource resource, Iterable<QualifiedName> exported,
			LinkingHelper linkingHelper, IQualifiedNameConverter converter) {
		Set<QualifiedName> names = new LinkedHashSet<>();
		if (resource.getParseResult() == null || resource.getParseResult().getRootNode() == null) {
			return names;
		}
		List<QualifiedName> namespaces = namespaces(resource);
		MessageDigest content = digest();
		MessageDigest lines = digest();
		BidiTreeIterator<INode> nodes = resource.getParseResult().getRootNode().getAsTreeIterable().iterator();
		while (nodes.hasNext()) {
			INode node = nodes.next();
			EObject grammarElement = node.getGrammarElement();
			Assignment assignment = grammarElement == null ? null : GrammarUtil.containingAssignment(grammarElement);
			if (assignment != null && UNSEEN_FEATURES.contains(assignment.getFeature())) {
				nodes.prune();
				continue;
			}
			if (grammarElement instanceof CrossReference reference
					&& !(node instanceof ILeafNode leaf && leaf.isHidden())) {
				String text = linkingHelper.getCrossRefNodeAsString(node, true);
				addLookups(names, List.of(), text, namespaces, converter);
				String feature = assignment == null ? "" : assignment.getFeature();
				if (refersBack(feature, node.getSemanticElement())) {
					addLookups(names, List.of(MARKER, BACK), text, namespaces, converter);
				}
				if (feature.equals("after") || feature.equals("target") && node.getSemanticElement() instanceof Extension) {
					addLookups(names, List.of(MARKER, SHARED), text, namespaces, converter);
				}
			}
			if (node instanceof ILeafNode leaf && !leaf.isHidden()
					&& !(grammarElement instanceof Keyword keyword && UNSEEN_KEYWORDS.contains(keyword.getValue()))) {
				update(content, leaf.getText());
				update(lines, Integer.toString(leaf.getStartLine()));
			}
		}
		for (QualifiedName name : exported) {
			names.add(name.toLowerCase());
			for (QualifiedName namespace : namespaces) {
				if (name.getSegmentCount() > 0) {
					names.add(namespace.append(name.getLastSegment()).toLowerCase());
				}
			}
		}
		// The markers come first, so that reading them stops at the first name looked up.
		Set<QualifiedName> all = new LinkedHashSet<>();
		all.add(QualifiedName.create(MARKER, CONTENT, hex(content)));
		all.add(QualifiedName.create(MARKER, LINES, hex(lines)));
		for (String imported : importedModels(resource)) {
			all.add(QualifiedName.create(MARKER, IMPORT, imported.toLowerCase(Locale.ROOT)));
		}
		all.addAll(names);
		return all;
	}

	/** Whether a linked file has an unresolved reference. */
	static boolean hasUnresolvedReferences(Resource resource) {
		for (Resource.Diagnostic error : resource.getErrors()) {
			if (error instanceof XtextLinkingDiagnostic) {
				return true;
			}
		}
		return false;
	}

	/** Whether imported names carry the marker of an unresolved reference. */
	static boolean hasUnresolvedMarker(Iterable<QualifiedName> importedNames) {
		for (QualifiedName name : importedNames) {
			if (!isMarker(name)) {
				return false;
			}
			if (name.equals(UNRESOLVED_MARKER.get(0))) {
				return true;
			}
		}
		return false;
	}

	/** The marker value of one kind (CONTENT, LINES) among imported names, or null. */
	static String marker(Iterable<QualifiedName> importedNames, String kind) {
		if (importedNames == null) {
			return null;
		}
		// Only the leading markers are read; a description of another manager has none.
		for (QualifiedName name : importedNames) {
			if (!isMarker(name)) {
				return null;
			}
			if (name.getSegmentCount() == 3 && name.getSegment(1).equals(kind)) {
				return name.getSegment(2);
			}
		}
		return null;
	}

	/**
	 * The imported names of a description, or null where it has none to tell (the copy Xtext's builder
	 * indexes before building, other than {@link IndexedResourceDescription}).
	 */
	static Iterable<QualifiedName> importedNamesOf(IResourceDescription description) {
		if (description instanceof ResolvedResourceDescription && !(description instanceof IndexedResourceDescription)) {
			return null;
		}
		return description.getImportedNames();
	}

	static boolean isMarker(QualifiedName name) {
		return name.getSegmentCount() > 0 && name.getFirstSegment().equals(MARKER);
	}

	/** The models a file imports (lower case), read from the marker names. */
	static Set<String> importedModels(Iterable<QualifiedName> importedNames) {
		Set<String> models = new LinkedHashSet<>();
		for (QualifiedName name : importedNames) {
			if (!isMarker(name)) {
				break;
			}
			if (name.getSegmentCount() == 3 && name.getSegment(1).equals(IMPORT)) {
				models.add(name.getSegment(2));
			}
		}
		return models;
	}

	/**
	 * Whether the referenced declaration's diagnostics depend on this reference: an area is empty
	 * unless something is placed in it or cites it; an extend block adds to the element's
	 * applicability; a relation of a cycle kind can close a cycle through it.
	 */
	private static boolean refersBack(String feature, EObject owner) {
		return switch (feature) {
		case "area", "sections", "covers", "section" -> true;
		case "target" -> owner instanceof Extension;
		case "targets" -> owner instanceof Relation relation && CYCLE_KINDS.contains(relation.getKind());
		default -> false;
		};
	}

	/** The names after a marker prefix (BACK, SHARED) among imported names; all of them for none. */
	static Set<QualifiedName> names(Iterable<QualifiedName> importedNames, String kind) {
		Set<QualifiedName> names = new java.util.HashSet<>();
		for (QualifiedName name : importedNames) {
			if (kind == null ? !isMarker(name)
					: isMarker(name) && name.getSegmentCount() > 2 && name.getSegment(1).equals(kind)) {
				names.add(kind == null ? name : name.skipFirst(2));
			}
		}
		return names;
	}

	private static void addLookups(Set<QualifiedName> names, List<String> prefix, String text,
			List<QualifiedName> namespaces, IQualifiedNameConverter converter) {
		if (text == null || text.isEmpty()) {
			return;
		}
		QualifiedName name;
		try {
			name = converter.toQualifiedName(text);
		} catch (IllegalArgumentException e) {
			return;
		}
		if (name.getSegmentCount() == 0) {
			return;
		}
		QualifiedName marker = QualifiedName.create(prefix);
		names.add(marker.append(name.toLowerCase()));
		for (QualifiedName namespace : namespaces) {
			names.add(marker.append(namespace.append(name).toLowerCase()));
		}
	}

	/** The file's own model namespace and the ones it imports, as the scope provider qualifies names. */
	private static List<QualifiedName> namespaces(XtextResource resource) {
		Set<QualifiedName> namespaces = new LinkedHashSet<>();
		if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Model model) {
			if (model.getName() != null && !model.getName().isEmpty()) {
				namespaces.add(QualifiedName.create(model.getName()));
			}
			importedModels(resource).forEach(n -> namespaces.add(QualifiedName.create(n)));
		}
		return List.copyOf(namespaces);
	}

	private static List<String> importedModels(XtextResource resource) {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model model)) {
			return List.of();
		}
		return model.getImports().stream().map(Import::getImportedNamespace)
				.filter(n -> n != null && !n.isEmpty()).toList();
	}

	private static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
		}
	}

	private static void update(MessageDigest digest, String text) {
		digest.update(text.getBytes(StandardCharsets.UTF_8));
		digest.update((byte) 0);
	}

	private static String hex(MessageDigest digest) {
		return HexFormat.of().formatHex(digest.digest(), 0, 12);
	}
}
