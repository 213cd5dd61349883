package org.wpo.dsl.workspace;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import org.wpo.dsl.workspace.WpoDiagnostic.Severity;

/**
 * The outcome of checking a set of files.
 *
 * @param files       the display paths of the checked files, in order
 * @param diagnostics every problem, ordered by file and position
 * @param counts      what the checked files declare
 * @param resources   the checked files as loaded, in order (the built-in library's when it was checked)
 * @param resourceSet every loaded file, the built-in library included, for queries across them
 */
public record CheckResult(List<String> files, List<WpoDiagnostic> diagnostics, ModelCounts counts,
		List<Resource> resources, ResourceSet resourceSet) {

	public long count(Severity severity) {
		return diagnostics.stream().filter(d -> d.severity() == severity).count();
	}

	public long errors() {
		return count(Severity.ERROR);
	}

	public long warnings() {
		return count(Severity.WARNING);
	}

	public boolean hasErrors() {
		return errors() > 0;
	}
}
