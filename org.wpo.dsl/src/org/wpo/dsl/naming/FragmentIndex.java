package org.wpo.dsl.naming;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.wpo.dsl.wpo.Applicability;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Extension;
import org.wpo.dsl.wpo.Import;
import org.wpo.dsl.wpo.Layer;
import org.wpo.dsl.wpo.LayerSet;
import org.wpo.dsl.wpo.Product;
import org.wpo.dsl.wpo.ProductSet;
import org.wpo.dsl.wpo.Relation;
import org.wpo.dsl.wpo.WpoPackage;

/**
 * The name-based keys of one file's objects (see {@link WpoFragmentProvider}): every object that has a
 * key, by key, in the order of the file, so that the n-th object with the same key (a duplicate name
 * in a broken file) is told apart by its number. Also the segments of relations and the encoding of
 * names into fragment text.
 */
final class FragmentIndex {

	/** Separates a relation's (or applicability's) segment from its holder's fragment. */
	static final char PATH = '/';

	/** Precedes the number of an object whose key an earlier object of the file has too. */
	static final char OCCURRENCE = '~';

	static final String APPLIES = "applies";
	static final String ONLY = "only";

	/** By key: the object, or the list of objects (in the order of the file) when several have the key. */
	private final Map<String, Object> byKey;

	private FragmentIndex(Map<String, Object> byKey) {
		this.byKey = byKey;
	}

	/** Indexes the trees of the given roots (a resource's contents, or one tree outside a resource). */
	static FragmentIndex of(List<EObject> roots) {
		Map<String, Object> byKey = new HashMap<>();
		for (EObject top : roots) {
			for (TreeIterator<EObject> all = EcoreUtil.getAllProperContents(List.of(top), false); all.hasNext();) {
				EObject object = all.next();
				if (object instanceof Relation || object instanceof Applicability) {
					all.prune();
					continue;
				}
				String key = key(object);
				if (key != null) {
					byKey.merge(key, object, FragmentIndex::add);
				}
			}
		}
		return new FragmentIndex(byKey);
	}

	@SuppressWarnings("unchecked")
	private static Object add(Object present, Object object) {
		List<EObject> objects;
		if (present instanceof List<?>) {
			objects = (List<EObject>) present;
		} else {
			objects = new ArrayList<>(2);
			objects.add((EObject) present);
		}
		objects.add((EObject) object);
		return objects;
	}

	/** The number of the object among those with its key (0 for the first), or -1 when it is not indexed. */
	int occurrence(String key, EObject object) {
		Object found = byKey.get(key);
		return found == object ? 0 : found instanceof List<?> objects ? objects.indexOf(object) : -1;
	}

	EObject find(String key, int occurrence) {
		Object found = byKey.get(key);
		if (found instanceof List<?> objects) {
			return occurrence < objects.size() ? (EObject) objects.get(occurrence) : null;
		}
		return occurrence == 0 ? (EObject) found : null;
	}

	// ------------------------------------------------------------------ keys and segments

	/**
	 * The key of an object that the whole file tells apart by name: elements, areas, layers and
	 * products by kind and name; extend blocks by the element they extend; imports by namespace;
	 * the layer and product lists. Null for anything else and for an object without its name.
	 */
	static String key(EObject object) {
		if (object instanceof Element element) {
			return named("element", element.getName());
		}
		if (object instanceof Area area) {
			return named("area", area.getName());
		}
		if (object instanceof Layer layer) {
			return named("layer", layer.getName());
		}
		if (object instanceof Product product) {
			return named("product", product.getName());
		}
		if (object instanceof Extension extension) {
			return named("extend", referenceText(extension, WpoPackage.Literals.EXTENSION__TARGET));
		}
		if (object instanceof Import anImport) {
			return named("import", anImport.getImportedNamespace());
		}
		if (object instanceof LayerSet) {
			return "layers";
		}
		if (object instanceof ProductSet) {
			return "products";
		}
		return null;
	}

	/** A relation's segment: its kind and its first target as written ({@code runs-over:SMB}), or null. */
	static String segment(Relation relation) {
		if (relation.getKind() == null) {
			return null;
		}
		return named(relation.getKind().getLiteral(), referenceText(relation, WpoPackage.Literals.RELATION__TARGETS));
	}

	/** The relations of the holder of relations, or null when it holds none. */
	static List<Applicability> applicabilitiesOf(EObject holder) {
		if (holder instanceof Element element) {
			return element.getApplicabilities();
		}
		if (holder instanceof Extension extension) {
			return extension.getApplicabilities();
		}
		return null;
	}

	static List<Relation> relationsOf(EObject holder) {
		if (holder instanceof Element element) {
			return element.getRelations();
		}
		if (holder instanceof Extension extension) {
			return extension.getRelations();
		}
		return null;
	}

	/** A segment of a fragment as written, with its name encoded the way this class encodes it. */
	static String normalize(String segment) {
		int colon = segment.indexOf(':');
		if (colon < 0) {
			return segment;
		}
		String value = decode(segment.substring(colon + 1));
		return value == null ? segment : segment.substring(0, colon + 1) + encode(value);
	}

	private static String named(String prefix, String name) {
		return name == null || name.isEmpty() ? null : prefix + ':' + encode(name);
	}

	/**
	 * The first reference of a feature as the text names it (quotes left out), without resolving it;
	 * for an object that has no text yet, the name of the object referred to when it is loaded.
	 */
	private static String referenceText(EObject object, org.eclipse.emf.ecore.EReference feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(object, feature);
		if (!nodes.isEmpty()) {
			String text = NodeModelUtils.getTokenText(nodes.get(0)).replace("\"", "");
			return text.isEmpty() ? null : text;
		}
		Object value = object.eGet(feature, false);
		EObject target = value instanceof List<?> list ? (list.isEmpty() ? null : (EObject) list.get(0))
				: (EObject) value;
		return target == null || target.eIsProxy() ? null : WpoQualifiedNameProvider.simpleName(target);
	}

	/** Names in fragments: letters, digits, '-', '.', '_' and ':' as they are, other bytes of UTF-8 as %XX. */
	static String encode(String name) {
		StringBuilder encoded = new StringBuilder(name.length() + 8);
		for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xff;
			if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.'
					|| c == '_' || c == ':') {
				encoded.append((char) c);
			} else {
				encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
						.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
			}
		}
		return encoded.toString();
	}

	/** The name an encoded text stands for, or null when it is not well encoded. */
	static String decode(String text) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '%') {
				if (i + 2 >= text.length()) {
					return null;
				}
				int high = Character.digit(text.charAt(i + 1), 16);
				int low = Character.digit(text.charAt(i + 2), 16);
				if (high < 0 || low < 0) {
					return null;
				}
				bytes.write(high << 4 | low);
				i += 2;
			} else if (c < 0x80) {
				bytes.write(c);
			} else {
				int codePoint = text.codePointAt(i);
				byte[] utf8 = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
				bytes.write(utf8, 0, utf8.length);
				i += Character.charCount(codePoint) - 1;
			}
		}
		return bytes.toString(StandardCharsets.UTF_8);
	}
}
