package org.wpo.tests;

/** A model whose every piece of text tries to be markup or script. */
final class Hostile {

	static final String SPEC = "<script>window.pwned=6</script>";
	static final String SPEC_TITLE = "<img src=x onerror=window.pwned=7>";
	static final String AREA = "<script>window.pwned=2</script>";
	static final String AREA_TITLE = "Area \"quoted\" & <img src=x onerror=window.pwned=3>";
	static final String TECHNOLOGY = "javascript:window.pwned=10";
	static final String DESCRIPTION = "<a href=\"javascript:window.pwned=8\">click</a> ' \" &amp;";
	static final String SLASHED = "SOAP1.2-1/2003-copy";
	static final String PATH_LIKE = "../../escape";

	static final String MODEL = """
			model evil

			layers {
				layer "<b>top</b>" "Top <i>layer</i> onerror=window.pwned=1"
			}

			area "<script>window.pwned=2</script>" "Area \\"quoted\\" & <img src=x onerror=window.pwned=3>" {
				description "javascript:window.pwned=4 </script><script>window.pwned=5</script>"
				standard "<script>window.pwned=6</script>" "<img src=x onerror=window.pwned=7>" {
					layer "<b>top</b>"
					status legacy
					description "<a href=\\"javascript:window.pwned=8\\">click</a> ' \\" &amp;"
					remark "<svg onload=window.pwned=9>"
					runs-over "javascript:window.pwned=10" section "<script>window.pwned=2</script>" note "<iframe src=javascript:window.pwned=11>"
				}
				technology "javascript:window.pwned=10" "onerror=window.pwned=12" {
					layer "<b>top</b>"
					aka "<style>body{display:none}</style>"
				}
				standard "SOAP1.2-1/2003-copy" "A name with a slash" {
					runs-over "javascript:window.pwned=10"
				}
				standard "../../escape" "A name that looks like a path" {
					requires "SOAP1.2-1/2003-copy"
				}
			}
			""";

	private Hostile() {
	}
}
