package org.wpo.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;
import org.wpo.dsl.naming.ClosestNames;
import org.wpo.dsl.naming.WpoQualifiedNameConverter;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The names a reference could have meant: the visible names of the referenced kind closest to what
 * was written ({@link ClosestNames}, as the query commands suggest names). The message of an
 * unresolved reference lists them and the language server offers each as a quick fix, so both
 * always name the same ones. A written name without a qualifier is compared with unqualified
 * names only; a qualified one ({@code mswpo::MS-SBM2}) with the names of that model, by their names
 * within it.
 */
public class VisibleNames {

	/** The most names suggested for one reference. */
	public static final int MAX = 5;

	/**
	 * A file that sees more names than this (qualified and unqualified names and aliases counted
	 * apart) gets no suggestions: comparing each of its unresolved
	 * references with every name would take time in the product of the two, which for a generated
	 * file of 100,000 elements and as many errors would be hours.
	 */
	public static final int MAX_NAMES = 20_000;

	@Inject
	private IScopeProvider scopeProvider;

	@Inject
	private IQualifiedNameConverter qualifiedNameConverter;

	@Inject
	private IResourceScopeCache cache;

	/**
	 * @param context   the object holding the reference
	 * @param reference the reference that did not resolve
	 * @param written   the name as written (value-converted: without quotes)
	 * @return up to {@link #MAX} names, closest first, without quotes; empty when none is close
	 */
	public List<String> closest(EObject context, EReference reference, String written) {
		if (context == null || reference == null || written == null || written.isEmpty()) {
			return List.of();
		}
		String delimiter = WpoQualifiedNameConverter.DELIMITER;
		int split = written.lastIndexOf(delimiter);
		// "mswpo::MS-SBM2": the names of model mswpo, compared by their names within it.
		String qualifier = split < 0 ? "" : written.substring(0, split + delimiter.length());
		List<String> names = new ArrayList<>();
		for (String name : visible(context, reference)) {
			if (name.startsWith(qualifier) && !name.substring(qualifier.length()).contains(delimiter)) {
				names.add(name.substring(qualifier.length()));
			}
		}
		return ClosestNames.closest(written.substring(qualifier.length()), names, MAX).stream()
				.map(name -> qualifier + name).toList();
	}

	/**
	 * Every name the reference sees, qualified or not. The scope depends only on the file and the
	 * referenced type, so the list is kept until the file changes: a file with many unresolved
	 * references lists the names once.
	 */
	private List<String> visible(EObject context, EReference reference) {
		Provider<List<String>> names = () -> {
			List<String> all = new ArrayList<>();
			for (IEObjectDescription description : scopeProvider.getScope(context, reference).getAllElements()) {
				if (all.size() == MAX_NAMES) {
					return List.of();
				}
				all.add(qualifiedNameConverter.toString(description.getName()));
			}
			return List.copyOf(all);
		};
		Resource resource = context.eResource();
		return resource == null ? names.get()
				: cache.get(Tuples.pair(VisibleNames.class, reference.getEReferenceType()), resource, names);
	}
}
