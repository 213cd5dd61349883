package org.wpo.dsl.ide.contentassist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.wpo.dsl.naming.WpoQualifiedNameConverter;
import org.wpo.dsl.naming.WpoResourceDescriptionStrategy;
import org.wpo.dsl.wpo.WpoPackage;

import com.google.inject.Inject;

/**
 * Proposes the names a reference can use, written as the language needs them (quoted where they are
 * not identifiers), each with its kind and title. An element visible both unqualified and qualified
 * ({@code MS-RPCE}, {@code mswpo::MS-RPCE}) is proposed once, by its shortest name, unless the user
 * has started to type a qualified name.
 */
public class WpoCrossrefProposalProvider extends IdeCrossrefProposalProvider {

	/** The rule that references are written with. */
	static final String REF_RULE = "Ref";

	@Inject
	private IValueConverterService valueConverters;

	@Override
	protected Iterable<IEObjectDescription> queryScope(IScope scope, CrossReference crossReference,
			ContentAssistContext context) {
		Iterable<IEObjectDescription> all = super.queryScope(scope, crossReference, context);
		if (context.getPrefix().contains(WpoQualifiedNameConverter.DELIMITER)) {
			return all;
		}
		Map<String, IEObjectDescription> shortest = new LinkedHashMap<>();
		for (IEObjectDescription candidate : all) {
			String key = candidate.getEObjectURI() + "#" + candidate.getName().getLastSegment();
			IEObjectDescription known = shortest.get(key);
			if (known == null || candidate.getName().getSegmentCount() < known.getName().getSegmentCount()) {
				shortest.put(key, candidate);
			}
		}
		List<IEObjectDescription> result = new ArrayList<>(shortest.values());
		return result;
	}

	@Override
	protected ContentAssistEntry createProposal(IEObjectDescription candidate, CrossReference crossReference,
			ContentAssistContext context) {
		String text = written(candidate.getName());
		return getProposalCreator().createProposal(text, context, entry -> {
			entry.setSource(candidate);
			entry.setLabel(text);
			entry.setDescription(detail(candidate));
			entry.setKind(entryKind(candidate.getEClass()));
		});
	}

	/** The name as a reference writes it: {@code "Windows 2000"}, {@code mswpo::MS-RPCE}. */
	String written(QualifiedName name) {
		return valueConverters.toString(getQualifiedNameConverter().toString(name), REF_RULE);
	}

	/** Kind and title, such as {@code protocol — Remote Procedure Call Protocol Extensions}. */
	static String detail(IEObjectDescription candidate) {
		String kind = candidate.getUserData(WpoResourceDescriptionStrategy.KIND);
		String title = candidate.getUserData(WpoResourceDescriptionStrategy.TITLE);
		String aliasOf = candidate.getUserData(WpoResourceDescriptionStrategy.ALIAS_OF);
		StringBuilder detail = new StringBuilder(kind != null ? kind : candidate.getEClass().getName().toLowerCase(Locale.ROOT));
		if (title != null) {
			detail.append(" — ").append(title);
		}
		if (aliasOf != null) {
			detail.append(" (alias of ").append(aliasOf).append(')');
		}
		return detail.toString();
	}

	static String entryKind(EClass type) {
		WpoPackage wpo = WpoPackage.eINSTANCE;
		if (type == wpo.getSpecification()) {
			return ContentAssistEntry.KIND_CLASS;
		}
		if (type == wpo.getTechnology()) {
			return ContentAssistEntry.KIND_INTERFACE;
		}
		if (type == wpo.getArea()) {
			return ContentAssistEntry.KIND_MODULE;
		}
		if (type == wpo.getLayer()) {
			return ContentAssistEntry.KIND_ENUM;
		}
		if (type == wpo.getProduct()) {
			return ContentAssistEntry.KIND_VALUE;
		}
		return ContentAssistEntry.KIND_REFERENCE;
	}
}
