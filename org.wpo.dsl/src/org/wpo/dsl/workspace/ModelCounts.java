package org.wpo.dsl.workspace;

import java.util.Collection;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Relation;

/**
 * What a set of files declares, for summaries.
 *
 * @param files     files checked, including those that could not be parsed
 * @param elements  specifications and technologies
 * @param relations relation edges: each target written in a relation counts as one edge, so
 *                  {@code runs-over SMB, TCP} counts two; targets that do not resolve count too,
 *                  because the count describes what the files say
 * @param areas     areas at every nesting level
 */
public record ModelCounts(int files, int elements, int relations, int areas) {

	public static ModelCounts of(int files, Collection<? extends Resource> resources) {
		int elements = 0;
		int relations = 0;
		int areas = 0;
		for (Resource resource : resources) {
			TreeIterator<EObject> contents = resource.getAllContents();
			while (contents.hasNext()) {
				EObject object = contents.next();
				if (object instanceof Element) {
					elements++;
				} else if (object instanceof Area) {
					areas++;
				} else if (object instanceof Relation relation) {
					relations += relation.getTargets().size();
					contents.prune();
				}
			}
		}
		return new ModelCounts(files, elements, relations, areas);
	}
}
