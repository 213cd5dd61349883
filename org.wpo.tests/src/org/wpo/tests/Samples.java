package org.wpo.tests;

/** Model texts shared by several tests. */
final class Samples {

	/** Every construct of the language, laid out as the formatter lays it out. */
	static final String ALL_CONSTRUCTS = """
			// A model that uses every construct of the language.
			model sample

			import other

			layers {
				layer application "Application layer"
				layer session
				layer transport "Transport layer"
			}

			products {
				product "Windows NT" "Windows NT operating system"
				product "Windows 2000"
				product "Windows Server 2003"
			}

			area 2 "Application Services" {
				description "Services that applications call."
				area 2.2.1 "Component Object Model (COM)" {
					protocol MS-COMA "COM+ Remote Administration Protocol" {
						status current
						layer application
						description "Administers COM+ applications remotely."
						sections 2.2.1, 7.3
						applies from "Windows 2000" to "Windows Server 2003"
						runs-over DCOM section 2.2.1 note "Stated in the COM+ section."
						requires MS-DTYP
					}
					format MS-DTYP "Windows Data Types" {
						remark "A data type reference."
					}
					algorithm MS-XCA "Xpress Compression Algorithm" {
						status legacy
						applies in "Windows NT", "Windows 2000"
						uses other::ZIP
					}
					overview MS-ADOD "Active Directory Protocols Overview" {
						covers 2, 7.3
						applies to "Windows 2000"
					}
				}
				area 2.9 "Empty but cited"
			}

			area 7.3 "Session Layer Technologies" {
				technology DCOM "Distributed Component Object Model" {
					layer session
					aka "DCOM Remote Protocol", "COM over RPC"
					runs-over RPC, "named pipes"
					extends RPC
					profile-of RPC
					part-of RPC
					applies from "Windows NT"
				}
				technology RPC {
					layer session
					runs-over "named pipes"
				}
				technology "named pipes" {
					layer transport
					sections 2.9
					specified-by C195
				}
				standard C195 "IPC Mechanisms for SMB" {
					status obsolete
				}
				standard "SOAP1.1" "Simple Object Access Protocol (SOAP) 1.1" {
					replaces C195
					renamed-from C706
					obsoletes C195
				}
				standard C706 {
					status deprecated
				}
				technology ^layer "A name that is also a keyword"
			}

			extend C706 {
				specified-by "SOAP1.1"
			}
			""";

	/** The library the sample imports. */
	static final String OTHER = """
			model other

			area 1 "Other" {
				technology ZIP
			}
			""";

	private Samples() {
	}
}
