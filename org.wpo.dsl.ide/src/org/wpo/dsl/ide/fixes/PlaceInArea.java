package org.wpo.dsl.ide.fixes;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.wpo.dsl.validation.WpoIssueCodes;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Model;
import org.wpo.dsl.wpo.Specification;
import org.wpo.dsl.wpo.WpoPackage;

import com.google.inject.Inject;

/**
 * {@code wpo.unplaced-specification}: place the specification into an area, one fix per area of the
 * file, or, where the file has none, per top-level area the file can see (the built-in chapters).
 */
class PlaceInArea implements Fixer {

	/** At most this many areas are offered to place a specification in. */
	static final int MAX_AREAS = 12;

	@Inject
	private EObjectAtOffsetHelper atOffset;

	@Inject
	private IScopeProvider scopeProvider;

	@Inject
	private ReferenceNames references;

	@Override
	public String code() {
		return WpoIssueCodes.UNPLACED_SPECIFICATION;
	}

	@Override
	public List<Fix> fixes(FixText text, int offset, int length) {
		EObject object = atOffset.resolveElementAt(text.resource, offset);
		if (!(object instanceof Specification specification)) {
			return List.of();
		}
		List<Area> areas = new ArrayList<>(EcoreUtil2.getAllContentsOfType(text.resource.getContents().get(0),
				Area.class));
		IScope scope = scopeProvider.getScope(specification, WpoPackage.eINSTANCE.getElement_Area());
		if (areas.isEmpty()) {
			// None in this file: the top-level areas of the models this file can see (the built-in chapters).
			for (IEObjectDescription description : scope.getAllElements()) {
				EObject area = EcoreUtil2.resolve(description.getEObjectOrProxy(), text.resource);
				if (area instanceof Area candidate && !candidate.eIsProxy() && candidate.eContainer() instanceof Model
						&& !areas.contains(candidate)) {
					areas.add(candidate);
				}
			}
		}
		List<Fix> fixes = new ArrayList<>();
		for (Area area : areas.subList(0, Math.min(MAX_AREAS, areas.size()))) {
			String reference = references.referenceText(scope, area);
			if (reference == null) {
				continue;
			}
			String label = "Place " + specification.getName() + " in area " + area.getName()
					+ (area.getTitle() == null ? "" : " (" + area.getTitle() + ")");
			fixes.add(new Fix(label, List.of(text.addFeature(specification, "area " + reference, false))));
		}
		return fixes;
	}
}
