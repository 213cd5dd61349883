package org.wpo.dsl.ide.fixes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.wpo.dsl.ide.server.LibraryElements;
import org.wpo.dsl.validation.ShortNames;
import org.wpo.dsl.validation.WpoIssueCodes;
import org.wpo.dsl.wpo.SpecKind;
import org.wpo.dsl.wpo.Specification;
import org.wpo.dsl.wpo.Technology;
import org.wpo.dsl.wpo.WpoPackage;

import com.google.inject.Inject;

/**
 * {@code wpo.short-name-kind}: change the kind, or correct the short name (and every reference to it),
 * so that they fit, by the forms of {@link ShortNames} the validator checks.
 */
class FitNameAndKind implements Fixer {

	private static final WpoPackage WPO = WpoPackage.eINSTANCE;

	@Inject
	private IValueConverterService valueConverters;

	@Inject
	private EObjectAtOffsetHelper atOffset;

	@Override
	public String code() {
		return WpoIssueCodes.SHORT_NAME_KIND;
	}

	@Override
	public List<Fix> fixes(FixText text, int offset, int length) {
		EObject object = atOffset.resolveElementAt(text.resource, offset);
		List<Fix> fixes = new ArrayList<>();
		if (object instanceof Technology technology && technology.getName() != null) {
			String name = technology.getName();
			String kind = ShortNames.RFC.matcher(name).matches() ? "standard" : "protocol";
			ILeafNode keyword = Nodes.firstLeaf(NodeModelUtils.getNode(technology), "technology");
			if (keyword != null) {
				fixes.add(new Fix("Declare " + name + " as a " + kind, List.of(text.replace(keyword, kind))));
			}
		} else if (object instanceof Specification specification && specification.getName() != null) {
			String name = specification.getName();
			INode kindNode = Nodes.first(NodeModelUtils.findNodesForFeature(specification, WPO.getSpecification_Kind()));
			boolean microsoft = ShortNames.MICROSOFT.matcher(name).matches();
			if (specification.getKind() == SpecKind.STANDARD) {
				if (microsoft && kindNode != null) {
					fixes.add(new Fix("Change the kind of " + name + " to protocol",
							List.of(text.replace(kindNode, "protocol"))));
				}
				Matcher rfc = ShortNames.RFC_LOOSE.matcher(name);
				if (!microsoft && rfc.matches()) {
					fixes.add(rename(text, specification, "RFC" + rfc.group(1)));
				}
			} else if (!microsoft) {
				Matcher loose = ShortNames.MICROSOFT_LOOSE.matcher(name);
				if (loose.matches()) {
					String corrected = (loose.group(1) + "-" + loose.group(2)).toUpperCase(Locale.ROOT).replace('_', '-');
					if (ShortNames.MICROSOFT.matcher(corrected).matches() && !corrected.equals(name)) {
						fixes.add(rename(text, specification, corrected));
					}
				}
				if (kindNode != null) {
					fixes.add(new Fix("Change the kind of " + name + " to standard",
							List.of(text.replace(kindNode, "standard"))));
				}
			}
		}
		return fixes;
	}

	/**
	 * Renames a specification and every reference to it in the files loaded with this one (the
	 * language server loads every file of the workspace folder).
	 */
	private Fix rename(FixText text, Specification specification, String newName) {
		List<TextChange> changes = new ArrayList<>();
		INode nameNode = Nodes.first(NodeModelUtils.findNodesForFeature(specification, WPO.getElement_Name()));
		changes.add(text.replace(nameNode, valueConverters.toString(newName, "Name")));
		String segment = valueConverters.toString(newName, "AreaName");
		for (Resource resource : List.copyOf(text.resource.getResourceSet().getResources())) {
			if (!(resource instanceof XtextResource other) || other.getParseResult() == null
					|| LibraryElements.isBuiltIn(other.getContents().isEmpty() ? null : other.getContents().get(0))) {
				continue;
			}
			for (EObject object : (Iterable<EObject>) () -> other.getAllContents()) {
				for (EReference reference : object.eClass().getEAllReferences()) {
					if (reference.isContainment() || reference.isContainer()
							|| !reference.getEReferenceType().isSuperTypeOf(WPO.getSpecification())) {
						continue;
					}
					List<INode> nodes = NodeModelUtils.findNodesForFeature(object, reference);
					List<?> values = reference.isMany() ? (List<?>) object.eGet(reference, false)
							: Collections.singletonList(object.eGet(reference, false));
					for (int i = 0; i < nodes.size() && i < values.size(); i++) {
						if (values.get(i) == specification) {
							// The last segment is the name; a model qualifier stays as written.
							ILeafNode last = Nodes.lastNonHidden(nodes.get(i));
							changes.add(new TextChange(other.getURI(), last.getOffset(), last.getLength(), segment));
						}
					}
				}
			}
		}
		changes.sort(Comparator.comparing((TextChange c) -> c.uri().toString()).thenComparingInt(TextChange::offset));
		return new Fix("Rename " + specification.getName() + " to " + newName, changes);
	}
}
