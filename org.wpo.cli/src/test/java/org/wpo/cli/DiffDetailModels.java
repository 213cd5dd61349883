package org.wpo.cli;

/**
 * Two versions of a small model for the diff tests of what an element and a relation say besides
 * their identity. From the old to the new: MS-LAB gets a title and a new description, cites one more
 * section, writes its aliases in another order (no difference) and states {@code status current}
 * (the default: no difference); its runs-over TCP cites another section and source and has another
 * note, its uses MS-RPCE cites a source; the overview MS-LABO loses its remark, gains an alias and
 * covers one more area, and uses MS-LAB only from Windows 8; the extend block of the built-in MS-DCOM
 * gives it an alias, a remark and a section besides its applies statement.
 */
final class DiffDetailModels {

	static final String OLD = """
			model lab
			import mswpo
			area 3 "Lab" {
				area 3.1 "Lab basics"
				area 3.2 "Lab details"
				protocol MS-LAB {
					aka "Lab", "LP"
					description "The lab protocol."
					sections 3.2
					runs-over TCP section 3.1 source RFC793 section 3.2 note "plain"
					uses MS-RPCE
				}
				overview MS-LABO "Lab Overview" {
					covers 3.1
					remark "Draft."
				}
			}
			extend MS-DCOM {
				applies from "Windows 2000"
			}
			""";

	static final String NEW = """
			model lab
			import mswpo
			area 3 "Lab" {
				area 3.1 "Lab basics"
				area 3.2 "Lab details"
				protocol MS-LAB "Lab Protocol" {
					status current
					aka "LP", "Lab"
					description "The lab protocol, with \\"quotes\\"."
					sections 3.1, 3.2
					runs-over TCP section 3.2 source RFC793 note "over TCP only"
					uses MS-RPCE source MS-RPCE section 2.1
				}
				overview MS-LABO "Lab Overview" {
					covers 3.1, 3.2
					aka "LO"
					uses MS-LAB only from "Windows 8" section 3.1 note "n"
				}
			}
			extend MS-DCOM {
				applies from "Windows 2000"
				aka "DCOM"
				remark "Ours."
				sections 3.1
			}
			""";

	/** MS-LAB with an applies statement whose range is empty, and a use of an element that is not found. */
	static final String BROKEN = """
			model lab
			import mswpo
			area 3 "Lab" {
				protocol MS-LAB "Lab Protocol" {
					applies from "Windows 8" to "Windows 7"
					uses MS-NOPE
				}
			}
			""";

	/** {@link #BROKEN} with the range the right way round; the use of MS-NOPE stays. */
	static final String FIXED = """
			model lab
			import mswpo
			area 3 "Lab" {
				protocol MS-LAB "Lab Protocol" {
					applies from "Windows 7" to "Windows 8"
					uses MS-NOPE
				}
			}
			""";

	/** An overview with aliases, a description, a remark, sections and covers. */
	static final String OVERVIEW = """
			model lab
			area 1 "One"
			area 2 "Two"
			overview MS-LABO "Lab Overview" {
				aka "LO", "Overview"
				description "All of the lab."
				remark "Draft."
				sections 1
				covers 1, 2
			}
			""";

	private DiffDetailModels() {
	}
}
