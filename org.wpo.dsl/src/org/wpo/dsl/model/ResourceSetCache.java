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

	/** The caches whose files are held unchanged on the calling thread, with their count of changes to the set's resources when last compared. */
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
				List<Object> current = tokens(resourceSet);
				if (!same(current, cache.tokens)) {
					cache.values.clear();
					cache.tokens = current;
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

	/** The token of every WPO file of the set, in order; a new token means a changed file. */
	private static List<Object> tokens(ResourceSet resourceSet) {
		List<Object> tokens = new ArrayList<>();
		for (Resource resource : List.copyOf(resourceSet.getResources())) {
			if (resource instanceof XtextResource
					|| resource.getURI() != null && "wpo".equals(resource.getURI().fileExtension())) {
				tokens.add(FILE_CACHES.get(TOKEN, resource, Object::new));
			}
		}
		return tokens;
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
