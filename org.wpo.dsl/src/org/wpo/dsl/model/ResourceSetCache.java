package org.wpo.dsl.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.OnChangeEvictingCache;

/**
 * Values computed from all the WPO files loaded in a resource set (the relation graph, an index, what
 * a diagram shows), kept until one of those files changes or one is added or removed. Each file holds
 * a token in Xtext's per-resource cache ({@link OnChangeEvictingCache}), which Xtext drops whenever
 * the file's content changes; the values stay valid while every token is the one they were computed
 * with. Other resources of the set (a Sirius session's diagrams, say) are not watched.
 *
 * <p>Asking every file for its token costs one look-up per file, which a rule asked for every element
 * of a large model would pay thousands of times over. While a file is validated the files do not
 * change ({@link #whileUnchanged}): then the tokens are compared once, and again only when a file is
 * added to or removed from the set (resolving a reference may load one).
 */
public final class ResourceSetCache extends AdapterImpl {

	private static final OnChangeEvictingCache FILE_CACHES = new OnChangeEvictingCache();

	private static final String TOKEN = "wpo.resource-set-cache.token";

	/**
	 * The caches whose files are held unchanged on the calling thread, each with the count of files
	 * added or removed when its tokens were last compared (-1: not yet).
	 */
	private static final ThreadLocal<Map<ResourceSetCache, Integer>> UNCHANGED = ThreadLocal.withInitial(HashMap::new);

	private List<Object> tokens = List.of();

	/** Files added to or removed from the set since this cache was attached. */
	private volatile int resourceChanges;

	private final Map<Object, Object> values = new HashMap<>();

	private ResourceSetCache() {
	}

	/**
	 * The value kept under {@code key} for the resource set's current files, computed by
	 * {@code compute} when there is none.
	 */
	public static <T> T get(ResourceSet resourceSet, Object key, Supplier<T> compute) {
		ResourceSetCache cache = of(resourceSet);
		synchronized (cache) {
			Map<ResourceSetCache, Integer> unchanged = UNCHANGED.get();
			Integer compared = unchanged.get(cache);
			int changes = cache.resourceChanges;
			if (compared == null || compared != changes) {
				Files current = files(resourceSet);
				if (!same(current.tokens(), cache.tokens)) {
					cache.update(current);
				}
				if (compared != null) {
					unchanged.put(cache, changes);
				}
			}
			@SuppressWarnings("unchecked")
			T value = (T) cache.values.get(key);
			if (value == null) {
				value = compute.get();
				cache.values.put(key, value);
			}
			return value;
		}
	}

	/**
	 * Runs {@code work} while the content of the set's files is known not to change on this thread
	 * (validating a file, say), comparing the files' tokens only when a file is added or removed.
	 */
	public static <T> T whileUnchanged(ResourceSet resourceSet, Supplier<T> work) {
		if (resourceSet == null) {
			return work.get();
		}
		ResourceSetCache cache = of(resourceSet);
		Map<ResourceSetCache, Integer> unchanged = UNCHANGED.get();
		if (unchanged.containsKey(cache)) {
			return work.get();
		}
		unchanged.put(cache, -1);
		try {
			return work.get();
		} finally {
			unchanged.remove(cache);
		}
	}

	@Override
	public void notifyChanged(Notification notification) {
		if (notification.getFeatureID(ResourceSet.class) == ResourceSet.RESOURCE_SET__RESOURCES
				&& notification.getEventType() != Notification.RESOLVE) {
			resourceChanges++;
		}
	}

	private static ResourceSetCache of(ResourceSet resourceSet) {
		synchronized (resourceSet.eAdapters()) {
			for (Adapter adapter : resourceSet.eAdapters()) {
				if (adapter instanceof ResourceSetCache cache) {
					return cache;
				}
			}
			ResourceSetCache cache = new ResourceSetCache();
			resourceSet.eAdapters().add(cache);
			return cache;
		}
	}

	/**
	 * Keeps the values that can take in the files added since they were computed, when files were only
	 * added (the earlier tokens are the first of the current ones); drops the others, and all of them
	 * when a file changed or was removed.
	 */
	private void update(Files current) {
		int known = tokens.size();
		boolean onlyAdded = known < current.tokens().size() && same(current.tokens().subList(0, known), tokens);
		List<Resource> added = onlyAdded ? current.files().subList(known, current.files().size()) : List.of();
		tokens = current.tokens();
		values.values().removeIf(value -> !(onlyAdded && value instanceof Growing));
		for (Object value : List.copyOf(values.values())) {
			((Growing) value).added(added);
		}
	}

	/**
	 * A value that takes in files added to the set (loaded by resolving a reference, say) instead of
	 * being computed again over all of them: what it holds of each file depends on that file alone.
	 */
	public interface Growing {
		/** Takes in files added to the set, in the order they were added. */
		void added(List<Resource> files);
	}

	/** The WPO files of the set and the token of each, in order; a new token means a changed file. */
	private record Files(List<Resource> files, List<Object> tokens) {
	}

	private static Files files(ResourceSet resourceSet) {
		List<Resource> files = new ArrayList<>();
		List<Object> tokens = new ArrayList<>();
		for (Resource resource : List.copyOf(resourceSet.getResources())) {
			if (resource instanceof XtextResource
					|| resource.getURI() != null && "wpo".equals(resource.getURI().fileExtension())) {
				files.add(resource);
				tokens.add(FILE_CACHES.get(TOKEN, resource, Object::new));
			}
		}
		return new Files(files, tokens);
	}

	private static boolean same(List<Object> a, List<Object> b) {
		if (a.size() != b.size()) {
			return false;
		}
		for (int i = 0; i < a.size(); i++) {
			if (a.get(i) != b.get(i)) {
				return false;
			}
		}
		return true;
	}
}
