package org.wpo.dsl.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.linking.impl.ImportedNamesAdapter;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.util.IResourceScopeCache;

import com.google.inject.Provider;

/**
 * Links the files of a resource set on every available processor, one file per task, once the
 * index of all files ({@code ChunkedResourceDescriptions}) is attached to the set.
 * <p>
 * Why that is safe, although a resource set is not thread-safe: linking a file resolves only that
 * file's own lazy proxies, and each file is resolved by one task. Resolving a proxy asks the index,
 * whose entries hold the other files' objects themselves (no proxy of another file is resolved and
 * no other file is loaded); a file's lazy links are resolved under the lock of its resource
 * ({@code LazyLinkingResource.getEObject} is synchronized). What linking reads of other files is
 * kept in their resource-scope caches (a {@code ConcurrentHashMap} each) and the adapters found
 * among their {@code eAdapters()}: EMF's adapter lists are not thread-safe, so every adapter
 * linking would add (the cache adapter, with the name look-up and fragment index of the file's
 * description, and Xtext's imported-names adapter) is added here before the tasks start, and no
 * task adds one to another file. Validation is not run here: its rules read other files' references
 * and a shared relation graph, and an unresolvable reference of one file, asked again from another
 * file's rule, adds a diagnostic to the first file's list.
 */
final class ParallelLinker {

	private final IResourceDescription.Manager descriptionManager;

	private final IResourceScopeCache cache;

	private final Provider<ImportedNamesAdapter> importedNames;

	ParallelLinker(IResourceDescription.Manager descriptionManager, IResourceScopeCache cache,
			Provider<ImportedNamesAdapter> importedNames) {
		this.descriptionManager = descriptionManager;
		this.cache = cache;
		this.importedNames = importedNames;
	}

	/** Resolves every cross-reference of every resource; the outcome is that of resolving them in order. */
	void link(List<Resource> resources) {
		int threads = Math.min(Runtime.getRuntime().availableProcessors(), resources.size());
		if (threads <= 1) {
			resources.forEach(EcoreUtil::resolveAll);
			return;
		}
		resources.forEach(this::prepare);
		AtomicInteger counter = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
			Thread thread = new Thread(task, "wpo-linker-" + counter.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<Future<?>> futures = new ArrayList<>(resources.size());
			for (Resource resource : resources) {
				futures.add(pool.submit(() -> EcoreUtil.resolveAll(resource)));
			}
			for (Future<?> future : futures) {
				await(future);
			}
		} finally {
			pool.shutdownNow();
		}
	}

	/**
	 * Adds on this thread what linking would otherwise add to the resource while other tasks read it:
	 * the cache adapter with the description's name look-up, the fragment index (asked for by the
	 * URI of each object another file's link finds) and the imported-names adapter.
	 */
	private void prepare(Resource resource) {
		IResourceDescription description = descriptionManager.getResourceDescription(resource);
		for (var exported : description.getExportedObjects()) {
			exported.getEObjectURI();
			break;
		}
		cache.get(ParallelLinker.class, resource, () -> Boolean.TRUE);
		if (ImportedNamesAdapter.find(resource) == null) {
			resource.eAdapters().add(importedNames.get());
		}
	}

	private static void await(Future<?> future) {
		try {
			future.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while linking", e);
		} catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (e.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(e.getCause());
		}
	}
}
