package org.wpo.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * Two versions of a small model for the diff tests. From the old to the new: MS-ACMEF is renamed
 * MS-ACMECF (same title and relations), MS-ACMED moves from area 2 to area 1, MS-ACMEL becomes
 * legacy and runs over TCP instead of MS-RPCE, MS-ACME runs over the built-in MS-DCOM only from
 * Windows 8, MS-ACMEX is new in area 2 with an applies statement whose range is empty (a new error).
 */
final class DiffModels {

	static final String OLD_ACME = """
			model acme

			import mswpo

			area 1 "ACME management" {
				protocol MS-ACME "ACME Management Protocol" {
					layer application
					status current
					runs-over MS-DCOM
					requires MS-DTYP
					uses MS-ACMEF
					applies from "Windows Server 2008"
				}
				format MS-ACMEF "ACME Configuration File Format" {
					status current
					applies from "Windows Server 2008"
				}
				protocol MS-ACMEL "ACME Legacy Protocol" {
					layer application
					status current
					runs-over MS-RPCE
				}
			}
			""";

	static final String OLD_DISCOVERY = """
			model acme

			import mswpo

			area 2 "ACME discovery" {
				protocol MS-ACMED "ACME Discovery Protocol" {
					layer application
					status current
					runs-over UDP
				}
			}
			""";

	static final String NEW_ACME = """
			model acme

			import mswpo

			area 1 "ACME management" {
				protocol MS-ACME "ACME Management Protocol" {
					layer application
					status current
					runs-over MS-DCOM only from "Windows 8"
					requires MS-DTYP
					uses MS-ACMECF
					applies from "Windows Server 2008"
				}
				format MS-ACMECF "ACME Configuration File Format" {
					status current
					applies from "Windows Server 2008"
				}
				protocol MS-ACMEL "ACME Legacy Protocol" {
					layer application
					status legacy
					runs-over TCP
				}
				protocol MS-ACMED "ACME Discovery Protocol" {
					layer application
					status current
					runs-over UDP
				}
			}
			""";

	static final String NEW_DISCOVERY = """
			model acme

			import mswpo

			area 2 "ACME discovery" {
				protocol MS-ACMEX "ACME Extended Discovery Protocol" {
					layer application
					status current
					runs-over UDP
					extends MS-ACMED
					applies from "Windows 8" to "Windows 7"
				}
			}
			""";

	private DiffModels() {
	}

	/** Writes the old version into {@code folder}. */
	static void writeOld(Path folder) {
		Fixtures.write(folder.resolve("acme.wpo"), OLD_ACME);
		Fixtures.write(folder.resolve("discovery.wpo"), OLD_DISCOVERY);
	}

	/** Writes the new version into {@code folder}. */
	static void writeNew(Path folder) {
		Fixtures.write(folder.resolve("acme.wpo"), NEW_ACME);
		Fixtures.write(folder.resolve("discovery.wpo"), NEW_DISCOVERY);
	}

	/** The text report, the new problem's file named {@code discovery}. */
	static List<String> text(String discovery) {
		return List.of("1 ACME management",
				"  renamed MS-ACMEF to MS-ACMECF",
				"  MS-ACMED area: 2 ACME discovery -> 1 ACME management",
				"  MS-ACMEL status: current -> legacy",
				"  added relation MS-ACMEL runs-over TCP",
				"  removed relation MS-ACMEL runs-over MS-RPCE",
				"  changed relation MS-ACME runs-over MS-DCOM: only (none) -> from Windows 8",
				"2 ACME discovery",
				"  added protocol MS-ACMEX \"ACME Extended Discovery Protocol\"",
				"  added relation MS-ACMEX extends MS-ACMED",
				"  added relation MS-ACMEX runs-over UDP",
				"new problems",
				"  " + discovery + ":11:16: error: wpo.invalid-applicability: The applies statement names no product:"
						+ " 'Windows 8' comes after 'Windows 7' in the product list, so the range is empty.",
				"1 element added, 1 element renamed, 2 element changes, 3 relations added, 1 relation removed,"
						+ " 1 relation changed, 1 new problem");
	}
}
