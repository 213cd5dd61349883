package org.wpo.dsl.naming;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.linking.impl.LinkingHelper;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescription.Delta;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionManager;
import org.wpo.dsl.wpo.WpoPackage;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Decides which files an edit of other files can give other diagnostics, so that the language server
 * rebuilds only those. A change counts only when a file's fingerprints changed
 * ({@link WpoResourceDescriptionDelta}); it then affects a file that
 * <ul>
 * <li>looks up or declares a name the changed file declares or declared (a reference resolves
 * differently, a referenced element's status, layer, applicability or relations changed, a name is
 * now a duplicate or a redeclaration) — this alone when only lines moved, since messages name the
 * line of a declaration;</li>
 * <li>has an unresolved reference, when the changed file declares other names than before (the
 * message lists the closest names);</li>
 * <li>imports a model that the changed file now starts or stops declaring names in (an unknown
 * import);</li>
 * <li>declares an area or element the changed file places in or cites, extends, or relates to by a
 * kind that can close a cycle, before or after the change (an area is no longer empty, the element's
 * applicability changed, a cycle closes through it);</li>
 * <li>extends the same element or continues the same product list as the changed file (only one
 * of them may).</li>
 * </ul>
 * A cycle through four or more files, only two of which are next to the changed one, is not followed
 * further: its other files keep their diagnostics until they are rebuilt.
 */
@Singleton
public class WpoResourceDescriptionManager extends DefaultResourceDescriptionManager {

	private static final WpoPackage WPO = WpoPackage.eINSTANCE;

	@Inject
	private LinkingHelper linkingHelper;

	@Inject
	private IQualifiedNameConverter converter;

	@Override
	protected IResourceDescription internalGetResourceDescription(Resource resource,
			IDefaultResourceDescriptionStrategy strategy) {
		return new WpoResourceDescription(resource, strategy, getCache(), linkingHelper, converter);
	}

	@Override
	public Delta createDelta(IResourceDescription oldDescription, IResourceDescription newDescription) {
		return new WpoResourceDescriptionDelta(oldDescription, newDescription);
	}

	@Override
	public boolean isAffected(Collection<Delta> deltas, IResourceDescription candidate, IResourceDescriptions context) {
		Iterable<QualifiedName> candidateNames = FileFacts.importedNamesOf(candidate);
		if (FileFacts.marker(candidateNames, FileFacts.CONTENT) == null) {
			return super.isAffected(deltas, candidate, context);
		}
		Set<QualifiedName> declared = null;
		Set<QualifiedName> shared = null;
		boolean unresolved = FileFacts.hasUnresolvedMarker(candidateNames);
		for (Delta delta : deltas) {
			if (!delta.haveEObjectDescriptionsChanged()) {
				continue;
			}
			if (looksUpAny(candidateNames, WpoResourceDescriptionDelta.declaredNames(delta))) {
				return true;
			}
			if (unresolved && WpoResourceDescriptionDelta.namesChanged(delta)) {
				return true;
			}
			if (WpoResourceDescriptionDelta.linesOnly(delta)) {
				continue;
			}
			if (startsOrEndsImportedModel(delta, FileFacts.importedModels(candidateNames))) {
				return true;
			}
			if (declared == null) {
				declared = declaredAreasAndElements(candidate);
				shared = FileFacts.names(candidateNames, FileFacts.SHARED);
			}
			if (refersToAny(delta.getOld(), FileFacts.BACK, declared)
					|| refersToAny(delta.getNew(), FileFacts.BACK, declared)
					|| refersToAny(delta.getOld(), FileFacts.SHARED, shared)
					|| refersToAny(delta.getNew(), FileFacts.SHARED, shared)) {
				return true;
			}
		}
		return isAffectedByExtensions(deltas, candidate, context);
	}

	/** Whether one of the names a file looks up or declares (its imported names) is among the names. */
	private static boolean looksUpAny(Iterable<QualifiedName> importedNames, Set<QualifiedName> names) {
		for (QualifiedName name : importedNames) {
			if (names.contains(name)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a description's file refers to one of the names in the way named (BACK, SHARED); a
	 * description that cannot tell: yes.
	 */
	private static boolean refersToAny(IResourceDescription description, String way, Set<QualifiedName> names) {
		if (description == null || names.isEmpty()) {
			return false;
		}
		Iterable<QualifiedName> lookedUp = FileFacts.importedNamesOf(description);
		if (lookedUp == null) {
			return true;
		}
		for (QualifiedName name : FileFacts.names(lookedUp, way)) {
			if (names.contains(name)) {
				return true;
			}
		}
		return false;
	}

	private static Set<QualifiedName> declaredAreasAndElements(IResourceDescription description) {
		Set<QualifiedName> names = new HashSet<>();
		for (IEObjectDescription exported : description.getExportedObjects()) {
			if (WPO.getArea().isSuperTypeOf(exported.getEClass())
					|| WPO.getElement().isSuperTypeOf(exported.getEClass())) {
				names.add(exported.getName().toLowerCase());
			}
		}
		return names;
	}

	private static boolean startsOrEndsImportedModel(Delta delta, Set<String> importedModels) {
		if (importedModels.isEmpty()) {
			return false;
		}
		Set<String> before = models(delta.getOld());
		Set<String> after = models(delta.getNew());
		for (String model : importedModels) {
			if (before.contains(model) != after.contains(model)) {
				return true;
			}
		}
		return false;
	}

	/** The models (lower case) a file declares names in. */
	private static Set<String> models(IResourceDescription description) {
		Set<String> models = new HashSet<>();
		if (description != null) {
			for (IEObjectDescription exported : description.getExportedObjects()) {
				if (exported.getName().getSegmentCount() > 1) {
					models.add(exported.getName().getFirstSegment().toLowerCase(java.util.Locale.ROOT));
				}
			}
		}
		return models;
	}
}
