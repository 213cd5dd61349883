package org.wpo.tests;

/**
 * A user's model on top of a library, using the language's features for users' own models: a
 * product list that continues the library's line, a deliberate new element, the manages kind,
 * relations with via, a condition and a source, and an extend block with aliases, remarks, sections,
 * covers, applicability and a conditioned relation. Laid out as the formatter lays it out.
 */
final class UserModelSamples {

	static final String USER = """
			model acme

			import shelf

			products after "Windows 2000" {
				product "Windows 10" "Windows 10 (2015)"
				product "Windows 11"
			}

			area 1 "Acme" {
				protocol MS-ACME "Acme Management Protocol" {
					manages ZIP
					runs-over RPC via "named pipes" only from "Windows 10" section 1 source MS-XYZ section 2.1 note "Stated twice."
					uses ZIP, TCP only in "Windows NT", "Windows 11" source "RFC 1001"
					requires TCP only to "Windows 2000" source C706 section 3
				}
				new technology ZAP "Acme's own ZAP"
				technology RPC {
					runs-over "named pipes", TCP
				}
				technology "named pipes"
			}

			extend ZIP {
				aka "Zip file", "PKZIP"
				remark "First remark."
				remark "Second remark."
				sections 1
				applies from "Windows NT" to "Windows 11"
				uses MS-ACME only from "Windows 10"
			}

			extend MS-SHOV {
				aka "Shelf overview"
				covers 1
			}
			""";

	/** The library the user's model imports: the start of the product line, and the elements it extends. */
	static final String LIBRARY = """
			model shelf

			products {
				product "Windows NT"
				product "Windows 2000"
			}

			area 2 "Shelf" {
				technology ZIP {
					aka "Deflate archive"
					remark "The library's remark."
				}
				technology ZAP
				technology TCP
				overview MS-SHOV "Shelf Overview" {
					covers 2
				}
			}
			""";

	private UserModelSamples() {
	}
}
