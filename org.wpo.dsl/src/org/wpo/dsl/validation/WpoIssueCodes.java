package org.wpo.dsl.validation;

/** The codes of every diagnostic the WPO language reports; tools and quick fixes key on them. */
public final class WpoIssueCodes {

	private static final String PREFIX = "wpo.";

	public static final String DUPLICATE_NAME = PREFIX + "duplicate-name";
	public static final String SHORT_NAME_KIND = PREFIX + "short-name-kind";
	public static final String INVALID_NAME = PREFIX + "invalid-name";
	public static final String REPEATED_FEATURE = PREFIX + "repeated-feature";
	public static final String RUNS_OVER_CYCLE = PREFIX + "runs-over-cycle";
	public static final String REPLACES_CYCLE = PREFIX + "replaces-cycle";
	public static final String LAYER_INVERSION = PREFIX + "layer-inversion";
	public static final String SELF_RELATION = PREFIX + "self-relation";
	public static final String APPLICABILITY_CONFLICT = PREFIX + "applicability-conflict";
	public static final String INVALID_APPLICABILITY = PREFIX + "invalid-applicability";
	public static final String DEPRECATED_DEPENDENCY = PREFIX + "deprecated-dependency";
	public static final String UNPLACED_SPECIFICATION = PREFIX + "unplaced-specification";
	public static final String EMPTY_AREA = PREFIX + "empty-area";
	public static final String UNRESOLVED_REFERENCE = PREFIX + "unresolved-reference";
	public static final String UNKNOWN_IMPORT = PREFIX + "unknown-import";
	public static final String COVERS_ON_NON_OVERVIEW = PREFIX + "covers-on-non-overview";
	// Users' own models on top of an imported one: product lines, names, extend blocks, words and
	// relation conditions (see README.md beside this class).
	public static final String PRODUCT_LINE_CONFLICT = PREFIX + "product-line-conflict";
	public static final String REDECLARED_NAME = PREFIX + "redeclared-name";
	public static final String DUPLICATE_RELATION = PREFIX + "duplicate-relation";
	public static final String EXTEND_REFUSED_FEATURE = PREFIX + "extend-refused-feature";
	public static final String EXTEND_APPLIES_CONFLICT = PREFIX + "extend-applies-conflict";
	public static final String UNKNOWN_WORD = PREFIX + "unknown-word";
	public static final String CONDITION_OUTSIDE_APPLICABILITY = PREFIX + "condition-outside-applicability";
	public static final String INVALID_VIA = PREFIX + "invalid-via";
	public static final String MANAGES_CYCLE = PREFIX + "manages-cycle";
	public static final String SYNTAX_ERROR = PREFIX + "syntax-error";
	public static final String UNTERMINATED_STRING = PREFIX + "unterminated-string";

	// Problems of the files themselves, found before parsing (see org.wpo.dsl.workspace).
	public static final String BINARY_FILE = PREFIX + "binary-file";
	public static final String INVALID_ENCODING = PREFIX + "invalid-encoding";
	public static final String EMPTY_FILE = PREFIX + "empty-file";
	public static final String NESTING_TOO_DEEP = PREFIX + "nesting-too-deep";
	public static final String LINK_LOOP = PREFIX + "link-loop";
	public static final String DUPLICATE_FILE = PREFIX + "duplicate-file";
	public static final String BROKEN_LINK = PREFIX + "broken-link";

	/** A problem that Xtext or EMF reported without any code. */
	public static final String UNCLASSIFIED = PREFIX + "unclassified";

	private WpoIssueCodes() {
	}
}
