package org.wpo.dsl.ide.fixes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.xtext.resource.XtextResource;
import org.wpo.dsl.validation.WpoIssueCodes;

import com.google.inject.Inject;

/**
 * The fixes of validation problems, computed on the model and its text without any editor: the
 * language server turns them into code actions, the Eclipse editor into quick fixes. Each problem is
 * identified by its code and the text range the diagnostic marks; each code has one {@link Fixer}:
 *
 * <ul>
 * <li>{@code wpo.unresolved-reference}: write one of the closest visible names, or create the missing
 * element, area, layer or product ({@link CreateMissing}).</li>
 * <li>{@code wpo.self-relation}: remove the relation to itself ({@link RemoveSelfRelation}).</li>
 * <li>{@code wpo.unplaced-specification}: place the specification into an area ({@link PlaceInArea}).</li>
 * <li>{@code wpo.short-name-kind}: change the kind, or correct the short name, so that they fit
 * ({@link FitNameAndKind}).</li>
 * <li>{@code wpo.layer-inversion}: swap the inverted runs-over ({@link SwapRunsOver}).</li>
 * <li>{@code wpo.redeclared-name}: turn the declaration into an {@code extend} block, or mark it
 * {@code new} ({@link RedeclaredToExtend}).</li>
 * <li>{@code wpo.duplicate-relation}: remove the copy ({@link RemoveDuplicateRelation}).</li>
 * <li>{@code wpo.unknown-word}: replace it with the closest relation kind or keyword
 * ({@link ReplaceUnknownWord}).</li>
 * <li>{@code wpo.extend-refused-feature}: remove what the extend block cannot set
 * ({@link RemoveRefusedFeature}).</li>
 * </ul>
 */
public class WpoFixes {

	/** The codes of the problems this class can fix. */
	public static final Set<String> CODES = Set.of(WpoIssueCodes.UNRESOLVED_REFERENCE, WpoIssueCodes.SELF_RELATION,
			WpoIssueCodes.UNPLACED_SPECIFICATION, WpoIssueCodes.SHORT_NAME_KIND, WpoIssueCodes.LAYER_INVERSION,
			WpoIssueCodes.REDECLARED_NAME, WpoIssueCodes.DUPLICATE_RELATION, WpoIssueCodes.UNKNOWN_WORD,
			WpoIssueCodes.EXTEND_REFUSED_FEATURE);

	private final Map<String, Fixer> fixers = new LinkedHashMap<>();

	@Inject
	WpoFixes(CreateMissing createMissing, RemoveSelfRelation removeSelfRelation, PlaceInArea placeInArea,
			FitNameAndKind fitNameAndKind, SwapRunsOver swapRunsOver, RedeclaredToExtend redeclaredToExtend,
			RemoveDuplicateRelation removeDuplicateRelation, ReplaceUnknownWord replaceUnknownWord,
			RemoveRefusedFeature removeRefusedFeature) {
		for (Fixer fixer : List.of(createMissing, removeSelfRelation, placeInArea, fitNameAndKind, swapRunsOver,
				redeclaredToExtend, removeDuplicateRelation, replaceUnknownWord, removeRefusedFeature)) {
			fixers.put(fixer.code(), fixer);
		}
		if (!fixers.keySet().equals(CODES)) {
			throw new IllegalStateException("the fixers fix " + fixers.keySet() + ", not " + CODES);
		}
	}

	/**
	 * The fixes of one problem.
	 *
	 * @param resource the file, parsed and linked
	 * @param code     the problem's code
	 * @param offset   where the problem's range starts
	 * @param length   the length of the problem's range
	 * @return the fixes, best first; empty when there is none
	 */
	public List<Fix> fixes(XtextResource resource, String code, int offset, int length) {
		if (resource == null || resource.getParseResult() == null || code == null) {
			return List.of();
		}
		Fixer fixer = fixers.get(code);
		return fixer == null ? List.of() : fixer.fixes(new FixText(resource), offset, length);
	}
}
