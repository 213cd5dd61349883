package org.wpo.cli;

/** The JSON report of {@link DiffModels}' two versions; {@code %s} is the file of the new problem. */
final class DiffJson {

	static final String EXPECTED = """
			{
			  "differences": true,
			  "summary": "1 element added, 1 element renamed, 2 element changes, 3 relations added, 1 relation removed, 1 relation changed, 1 new problem",
			  "elements": {
			    "added": [
			      {
			        "name": "MS-ACMEX",
			        "kind": "protocol",
			        "title": "ACME Extended Discovery Protocol",
			        "status": "current",
			        "layer": "application",
			        "area": "2 ACME discovery",
			        "applies": "from Windows 8 up to Windows 7",
			        "aka": [],
			        "description": null,
			        "remark": [],
			        "sections": [],
			        "covers": []
			      }
			    ],
			    "removed": [],
			    "renamed": [
			      {
			        "from": "MS-ACMEF",
			        "to": "MS-ACMECF",
			        "title": "ACME Configuration File Format",
			        "area": "1 ACME management"
			      }
			    ],
			    "changed": [
			      {
			        "element": "MS-ACMED",
			        "area": "1 ACME management",
			        "property": "area",
			        "before": "2 ACME discovery",
			        "after": "1 ACME management"
			      },
			      {
			        "element": "MS-ACMEL",
			        "area": "1 ACME management",
			        "property": "status",
			        "before": "current",
			        "after": "legacy"
			      }
			    ]
			  },
			  "relations": {
			    "added": [
			      {
			        "source": "MS-ACMEL",
			        "kind": "runs-over",
			        "target": "TCP",
			        "via": [],
			        "only": null,
			        "section": null,
			        "sourceDocument": null,
			        "sourceSection": null,
			        "note": null,
			        "area": "1 ACME management"
			      },
			      {
			        "source": "MS-ACMEX",
			        "kind": "extends",
			        "target": "MS-ACMED",
			        "via": [],
			        "only": null,
			        "section": null,
			        "sourceDocument": null,
			        "sourceSection": null,
			        "note": null,
			        "area": "2 ACME discovery"
			      },
			      {
			        "source": "MS-ACMEX",
			        "kind": "runs-over",
			        "target": "UDP",
			        "via": [],
			        "only": null,
			        "section": null,
			        "sourceDocument": null,
			        "sourceSection": null,
			        "note": null,
			        "area": "2 ACME discovery"
			      }
			    ],
			    "removed": [
			      {
			        "source": "MS-ACMEL",
			        "kind": "runs-over",
			        "target": "MS-RPCE",
			        "via": [],
			        "only": null,
			        "section": null,
			        "sourceDocument": null,
			        "sourceSection": null,
			        "note": null,
			        "area": "1 ACME management"
			      }
			    ],
			    "changed": [
			      {
			        "before": {
			          "source": "MS-ACME",
			          "kind": "runs-over",
			          "target": "MS-DCOM",
			          "via": [],
			          "only": null,
			          "section": null,
			          "sourceDocument": null,
			          "sourceSection": null,
			          "note": null,
			          "area": "1 ACME management"
			        },
			        "after": {
			          "source": "MS-ACME",
			          "kind": "runs-over",
			          "target": "MS-DCOM",
			          "via": [],
			          "only": "from Windows 8",
			          "section": null,
			          "sourceDocument": null,
			          "sourceSection": null,
			          "note": null,
			          "area": "1 ACME management"
			        }
			      }
			    ]
			  },
			  "newProblems": [
			    {
			      "file": "%s",
			      "line": 11,
			      "column": 16,
			      "severity": "error",
			      "code": "wpo.invalid-applicability",
			      "message": "The applies statement names no product: 'Windows 8' comes after 'Windows 7' in the product list, so the range is empty."
			    }
			  ],
			  "fixedProblems": []
			}
			""";

	/** The relation MS-LABO uses MS-LAB that {@link DiffDetailModels#NEW} adds. */
	static final String DETAILS_RELATION = """
			      {
			        "source": "MS-LABO",
			        "kind": "uses",
			        "target": "MS-LAB",
			        "via": [],
			        "only": "from Windows 8",
			        "section": "3.1 Lab basics",
			        "sourceDocument": null,
			        "sourceSection": null,
			        "note": "n",
			        "area": "3 Lab"
			      }
			""";

	/** The change of MS-LAB's description (not the last change, so without its comma) from {@link DiffDetailModels#OLD} to {@link DiffDetailModels#NEW}. */
	static final String DETAILS_CHANGE = """
			      {
			        "element": "MS-LAB",
			        "area": "3 Lab",
			        "property": "description",
			        "before": "\\"The lab protocol.\\"",
			        "after": "\\"The lab protocol, with \\\\\\"quotes\\\\\\".\\""
			      }\
			""";

	/** An added overview with aliases, a description, a remark, sections and covers. */
	static final String ADDED_OVERVIEW = """
			    "added": [
			      {
			        "name": "MS-LABO",
			        "kind": "overview",
			        "title": "Lab Overview",
			        "status": "current",
			        "layer": null,
			        "area": null,
			        "applies": null,
			        "aka": [
			          "LO",
			          "Overview"
			        ],
			        "description": "All of the lab.",
			        "remark": [
			          "Draft."
			        ],
			        "sections": [
			          "1 One"
			        ],
			        "covers": [
			          "1 One",
			          "2 Two"
			        ]
			      }
			    ],
			""";

	/** The end of the report of {@link DiffDetailModels#BROKEN} to {@link DiffDetailModels#FIXED}; {@code %s} is the old file. */
	static final String FIXED_PROBLEM = """
			  "newProblems": [],
			  "fixedProblems": [
			    {
			      "file": "%s",
			      "line": 5,
			      "column": 16,
			      "severity": "error",
			      "code": "wpo.invalid-applicability",
			      "message": "The applies statement names no product: 'Windows 8' comes after 'Windows 7' in the product list, so the range is empty."
			    }
			  ]
			}
			""";

	private DiffJson() {
	}
}
