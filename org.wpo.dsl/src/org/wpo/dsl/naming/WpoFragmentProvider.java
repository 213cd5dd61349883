package org.wpo.dsl.naming;

import java.lang.ref.SoftReference;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.IFragmentProvider;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.wpo.dsl.wpo.Applicability;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Relation;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * URI fragments made of names instead of positions, so that whoever keeps a URI of an object of a
 * .wpo file (a Sirius diagram, an index entry, a tool's reference) finds the same object after the
 * file was edited elsewhere and loaded again:
 *
 * <ul>
 * <li>{@code element:MS-RPCE}, {@code area:7.3}, {@code layer:session},
 * {@code product:Windows%20Server%202008}: named objects, by kind and name (unique in a file; a later
 * duplicate in a broken file gets {@code ~1}, {@code ~2}, ...). Areas do not qualify what they hold,
 * so moving an element into another area keeps its fragment, as it keeps its qualified name;</li>
 * <li>{@code extend:MS-RPCE}, {@code import:mswpo}, {@code layers}, {@code products}: the other top-level
 * declarations;</li>
 * <li>{@code element:MS-ACME/runs-over:DCOM}: a relation, by its holder (an element or an extend
 * block), its kind and its first target as written (then {@code ~1}, ... among the holder's
 * relations); {@code element:MS-ACME/applies}: an applicability;</li>
 * <li>the model of the file, and an object whose name is missing: EMF's path ({@code /},
 * {@code //@members.0}), which is also still understood when a fragment starts with {@code /}.</li>
 * </ul>
 *
 * Names are encoded: letters, digits, {@code - . _ :} as they are, every other byte of UTF-8 as
 * {@code %XX}. What a fragment cannot survive is a change of its own object's name (a rename, or the
 * first target of a relation renamed or reconnected): then it finds nothing, never another object.
 */
@Singleton
public class WpoFragmentProvider implements IFragmentProvider {

	private static final String CACHE_KEY = WpoFragmentProvider.class.getName() + ".index";

	@Inject
	private IResourceScopeCache cache;

	/**
	 * The fragments of the last tree asked about outside a resource (see {@link #detachedFragment});
	 * softly held, so that an unloaded model does not stay in memory because of it.
	 */
	private volatile SoftReference<DetachedTree> detached = new SoftReference<>(null);

	@Override
	public String getFragment(EObject object, Fallback fallback) {
		String fragment = fragment(object);
		return fragment != null ? fragment : fallback.getFragment(object);
	}

	@Override
	public EObject getEObject(Resource resource, String fragment, Fallback fallback) {
		if (fragment.isEmpty() || fragment.charAt(0) == FragmentIndex.PATH) {
			return fallback.getEObject(fragment);
		}
		String[] segments = fragment.split(String.valueOf(FragmentIndex.PATH), -1);
		String first = FragmentIndex.normalize(withoutOccurrence(segments[0]));
		if (first.indexOf(':') < 0 && !first.equals("layers") && !first.equals("products")) {
			return fallback.getEObject(fragment);
		}
		EObject current = index(resource).find(first, occurrence(segments[0]));
		for (int i = 1; i < segments.length && current != null; i++) {
			current = child(current, segments[i]);
		}
		return current;
	}

	/** The name-based fragment of an object, or null where EMF's path is used. */
	private String fragment(EObject object) {
		Resource resource = object.eResource();
		return resource != null ? fragment(object, index(resource)) : detachedFragment(object);
	}

	private String fragment(EObject object, FragmentIndex index) {
		String key = FragmentIndex.key(object);
		if (key != null) {
			int occurrence = index.occurrence(key, object);
			return occurrence < 0 ? null : withOccurrence(key, occurrence);
		}
		if (object instanceof Relation relation) {
			List<Relation> siblings = FragmentIndex.relationsOf(relation.eContainer());
			String holder = siblings == null ? null : fragment(relation.eContainer(), index);
			String segment = FragmentIndex.segment(relation);
			if (holder == null || segment == null) {
				return null;
			}
			int occurrence = 0;
			for (Relation sibling : siblings) {
				if (sibling == relation) {
					return holder + FragmentIndex.PATH + withOccurrence(segment, occurrence);
				}
				if (segment.equals(FragmentIndex.segment(sibling))) {
					occurrence++;
				}
			}
			return null;
		}
		if (object instanceof Applicability applicability) {
			EObject holder = applicability.eContainer();
			String fragment = holder == null ? null : fragment(holder, index);
			if (fragment == null) {
				return null;
			}
			if (holder instanceof Relation) {
				return fragment + FragmentIndex.PATH + FragmentIndex.ONLY;
			}
			List<Applicability> statements = FragmentIndex.applicabilitiesOf(holder);
			int at = statements == null ? -1 : statements.indexOf(applicability);
			return at < 0 ? null : fragment + FragmentIndex.PATH + withOccurrence(FragmentIndex.APPLIES, at);
		}
		return null;
	}

	/**
	 * The fragment of an object of a tree outside a resource. While a resource unloads, EMF asks for
	 * the fragments of its objects one by one, parents first, and clears each object's adapters (its
	 * text among them) once asked: so the fragments of the whole tree are computed at the first
	 * question, while the tree below its root is whole.
	 */
	private String detachedFragment(EObject object) {
		EObject root = EcoreUtil.getRootContainer(object);
		DetachedTree tree = detached.get();
		if (tree == null || tree.root() != root || !tree.fragments().containsKey(object)) {
			FragmentIndex index = FragmentIndex.of(List.of(root));
			Map<EObject, String> fragments = new IdentityHashMap<>();
			for (TreeIterator<EObject> all = EcoreUtil.getAllProperContents(List.of(root), false); all.hasNext();) {
				EObject each = all.next();
				fragments.put(each, fragment(each, index));
			}
			tree = new DetachedTree(root, fragments);
			detached = new SoftReference<>(tree);
		}
		return tree.fragments().get(object);
	}

	private record DetachedTree(EObject root, Map<EObject, String> fragments) {
	}

	/** The object a segment names below an element or extend block. */
	private static EObject child(EObject holder, String segment) {
		if (holder instanceof Relation relation) {
			return segment.equals(FragmentIndex.ONLY) ? relation.getCondition() : null;
		}
		if (withoutOccurrence(segment).equals(FragmentIndex.APPLIES)) {
			List<Applicability> statements = FragmentIndex.applicabilitiesOf(holder);
			int at = occurrence(segment);
			return statements == null || at < 0 || at >= statements.size() ? null : statements.get(at);
		}
		List<Relation> relations = FragmentIndex.relationsOf(holder);
		if (relations == null) {
			return null;
		}
		String wanted = FragmentIndex.normalize(withoutOccurrence(segment));
		int remaining = occurrence(segment);
		for (Relation relation : relations) {
			if (wanted.equals(FragmentIndex.segment(relation)) && remaining-- == 0) {
				return relation;
			}
		}
		return null;
	}

	private FragmentIndex index(Resource resource) {
		return cache.get(CACHE_KEY, resource, () -> FragmentIndex.of(List.copyOf(resource.getContents())));
	}

	private static String withOccurrence(String key, int occurrence) {
		return occurrence == 0 ? key : key + FragmentIndex.OCCURRENCE + occurrence;
	}

	private static String withoutOccurrence(String segment) {
		int at = segment.lastIndexOf(FragmentIndex.OCCURRENCE);
		return at < 0 || occurrenceNumber(segment, at) < 0 ? segment : segment.substring(0, at);
	}

	private static int occurrence(String segment) {
		int at = segment.lastIndexOf(FragmentIndex.OCCURRENCE);
		return at < 0 ? 0 : Math.max(0, occurrenceNumber(segment, at));
	}

	private static int occurrenceNumber(String segment, int at) {
		String digits = segment.substring(at + 1);
		if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(Character::isDigit)) {
			return -1;
		}
		return Integer.parseInt(digits);
	}
}
