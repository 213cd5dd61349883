package org.wpo.dsl.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.emf.common.notify.Adapter;
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
 */
public final class ResourceSetCache extends AdapterImpl {

	private static final OnChangeEvictingCache FILE_CACHES = new OnChangeEvictingCache();

	private static final String TOKEN = "wpo.resource-set-cache.token";

	private List<Object> tokens = List.of();

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
			List<Object> current = tokens(resourceSet);
			if (!same(current, cache.tokens)) {
				cache.values.clear();
				cache.tokens = current;
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
