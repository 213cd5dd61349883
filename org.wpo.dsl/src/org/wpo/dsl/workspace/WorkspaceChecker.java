package org.wpo.dsl.workspace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.linking.impl.ImportedNamesAdapter;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.impl.ChunkedResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.wpo.dsl.library.BuiltInLibrary;
import org.wpo.dsl.model.ResourceSetCache;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Checks .wpo files without Eclipse: loads them into one resource set together with the built-in
 * library (so that {@code import mswpo} resolves), links, validates every file and returns plain
 * diagnostics. With no paths, the built-in library itself is checked. Files are only read; they are
 * parsed and linked on every available processor ({@link ParallelParser}, {@link ParallelLinker}),
 * with the same outcome in any order, and validated one after the other.
 * Obtain it from the language's injector; one instance may check several times.
 */
public class WorkspaceChecker {

	@Inject
	private Provider<XtextResourceSet> resourceSetProvider;

	@Inject
	private IResourceFactory resourceFactory;

	@Inject
	private IResourceValidator validator;

	@Inject
	private IResourceDescription.Manager descriptionManager;

	@Inject
	private IResourceScopeCache cache;

	@Inject
	private Provider<ImportedNamesAdapter> importedNames;

	/**
	 * @param paths files and folders as the user wrote them; empty to check the built-in library, whose
	 *              diagnostics are otherwise not reported
	 * @throws InputProblemException when a path is missing or unreadable
	 */
	public CheckResult check(List<String> paths) throws InputProblemException {
		return check(paths, Progress.NONE);
	}

	/** As {@link #check(List)}, telling {@code progress} how far a long check has come. */
	public CheckResult check(List<String> paths, Progress progress) throws InputProblemException {
		XtextResourceSet resourceSet = resourceSetProvider.get();
		List<Resource> library = BuiltInLibrary.load(resourceSet);
		if (paths.isEmpty()) {
			Map<Resource, String> checked = new LinkedHashMap<>();
			library.forEach(resource -> checked.put(resource, resource.getURI().toString()));
			return validate(resourceSet, checked, new ArrayList<>(), List.copyOf(checked.values()), progress);
		}
		SourceFileCollector.Collected collected = SourceFileCollector.collect(paths);
		List<WpoDiagnostic> diagnostics = new ArrayList<>(collected.notes());
		Map<Resource, String> checked = new LinkedHashMap<>();
		for (ParallelParser.Parsed parsed : new ParallelParser(resourceFactory).parse(collected.files(), progress)) {
			diagnostics.addAll(parsed.problems());
			if (parsed.resource() != null) {
				resourceSet.getResources().add(parsed.resource());
				checked.put(parsed.resource(), parsed.file().displayPath());
			}
		}
		BuiltInLibrary.loadImported(resourceSet);
		return validate(resourceSet, checked, diagnostics,
				collected.files().stream().map(SourceFile::displayPath).toList(), progress);
	}

	/**
	 * Attaches an index of every loaded file to the resource set. Without it, each name look-up
	 * asks every file in turn, which makes linking quadratic in the number of files.
	 */
	private void installIndex(XtextResourceSet resourceSet) {
		List<IResourceDescription> descriptions = new ArrayList<>();
		for (Resource resource : List.copyOf(resourceSet.getResources())) {
			descriptions.add(descriptionManager.getResourceDescription(resource));
		}
		new ChunkedResourceDescriptions(Map.of("wpo", new ResourceDescriptionsData(descriptions)), resourceSet);
	}

	private CheckResult validate(XtextResourceSet resourceSet, Map<Resource, String> checked,
			List<WpoDiagnostic> diagnostics, List<String> files, Progress progress) {
		installIndex(resourceSet);
		if (checked.size() > Progress.THRESHOLD) {
			progress.report("linking " + checked.size() + " files");
		}
		new ParallelLinker(descriptionManager, cache, importedNames).link(List.copyOf(resourceSet.getResources()));
		// No file changes until every file is validated: the whole-model values are looked up once.
		ResourceSetCache.whileUnchanged(resourceSet, () -> {
			int validated = 0;
			for (Map.Entry<Resource, String> entry : checked.entrySet()) {
				progress.step("validated", validated++, checked.size());
				for (Issue issue : validator.validate(entry.getKey(), CheckMode.ALL, CancelIndicator.NullImpl)) {
					diagnostics.add(IssueConverter.convert(entry.getValue(), issue));
				}
			}
			progress.step("validated", validated, checked.size());
			return null;
		});
		diagnostics.sort(Comparator.comparing(WpoDiagnostic::file).thenComparing(WpoDiagnostic.BY_POSITION));
		return new CheckResult(files, List.copyOf(diagnostics), ModelCounts.of(files.size(), checked.keySet()),
				List.copyOf(checked.keySet()), resourceSet);
	}
}
