package org.wpo.edit;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * What an edit does to the loaded model once its precondition holds.
 *
 * @param apply             changes the model; runs while Xtext records the change
 * @param updatesReferences whether references elsewhere must be rewritten (a rename)
 * @param removes           objects the edit deletes: their text, with the comments in it, goes away;
 *                          every other comment of every file must survive the edit
 */
public record Change(Runnable apply, boolean updatesReferences, List<EObject> removes) {

	public static Change of(Runnable apply) {
		return new Change(apply, false, List.of());
	}

	public static Change renaming(Runnable apply) {
		return new Change(apply, true, List.of());
	}

	public static Change removing(EObject removed, Runnable apply) {
		return new Change(apply, false, List.of(removed));
	}
}
