package org.wpo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wpo.cli.Fixtures.write;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wpo diff}: two versions of a model compared as models, in text, JSON and Markdown. */
class DiffCommandTest {

	@TempDir
	Path dir;

	private String old() {
		DiffModels.writeOld(dir.resolve("old"));
		return dir.resolve("old").toString();
	}

	private String changed() {
		DiffModels.writeNew(dir.resolve("new"));
		return dir.resolve("new").toString();
	}

	@Test
	void textGroupsRenamesMovesRelationsAndNewProblemsByArea() {
		WpoRun run = WpoRun.of("diff", old(), changed());
		assertEquals(1, run.status(), run.toString());
		assertEquals(DiffModels.text(dir.resolve("new/discovery.wpo").toString()), run.outLines());
		assertEquals("", run.err());
	}

	@Test
	void markdownForAPullRequestComment() {
		WpoRun run = WpoRun.of("diff", old(), changed(), "--format", "markdown");
		assertEquals(1, run.status(), run.toString());
		assertEquals("""
				### WPO model changes

				1 element added, 1 element renamed, 2 element changes, 3 relations added, 1 relation removed, \
				1 relation changed, 1 new problem.

				#### 1 ACME management

				- renamed MS-ACMEF to MS-ACMECF
				- MS-ACMED area: 2 ACME discovery → 1 ACME management
				- MS-ACMEL status: current → legacy
				- added relation MS-ACMEL runs-over TCP
				- removed relation MS-ACMEL runs-over MS-RPCE
				- changed relation MS-ACME runs-over MS-DCOM: only (none) → from Windows 8

				#### 2 ACME discovery

				- added protocol MS-ACMEX "ACME Extended Discovery Protocol"
				- added relation MS-ACMEX extends MS-ACMED
				- added relation MS-ACMEX runs-over UDP

				#### New problems

				- %s:11:16: **error** wpo.invalid-applicability: The applies statement names no product: 'Windows 8' \
				comes after 'Windows 7' in the product list, so the range is empty.
				""".formatted(dir.resolve("new/discovery.wpo").toString().replace("_", "\\_")), run.out());
	}

	@Test
	void jsonWithEveryDifference() {
		WpoRun run = WpoRun.of("diff", old(), changed(), "--format", "json");
		assertEquals(1, run.status(), run.toString());
		assertEquals(DiffJson.EXPECTED.formatted(dir.resolve("new/discovery.wpo")), run.out());
	}

	@Test
	void filesMovedBetweenFoldersAreNoDifference() {
		String old = old();
		write(dir.resolve("moved/core/acme.wpo"), DiffModels.OLD_ACME);
		write(dir.resolve("moved/more/deeper/discovery.wpo"), DiffModels.OLD_DISCOVERY);
		String moved = dir.resolve("moved").toString();

		WpoRun text = WpoRun.of("diff", old, moved);
		assertEquals(0, text.status(), text.toString());
		assertEquals(List.of("no differences"), text.outLines());
		WpoRun markdown = WpoRun.of("diff", old, moved, "--format", "markdown");
		assertEquals("### WPO model changes\n\nNo differences.\n", markdown.out());
		WpoRun json = WpoRun.of("diff", moved, old, "--format", "json");
		assertEquals(0, json.status(), json.toString());
		assertTrue(json.out().startsWith("{\n  \"differences\": false,\n  \"summary\": \"no differences\",\n"), json.out());
	}

	@Test
	void removalKindTitleLayerAppliesViaAndAnExtendBlockOfABuiltInElement() {
		write(dir.resolve("a/lab.wpo"), """
				model lab
				import mswpo
				area 3 "Lab" {
					protocol MS-LAB "Lab Protocol" {
						layer session
						runs-over MS-RPCE via TCP
						applies from "Windows Vista"
					}
					protocol MS-LABF "Lab Format" {
						layer presentation
					}
					technology Probe "Probe" {
						layer application
						uses MS-LAB
					}
				}
				""");
		write(dir.resolve("b/lab.wpo"), """
				model lab
				import mswpo
				area 3 "Lab" {
					protocol MS-LAB "Lab Protocol, second edition" {
						layer application
						runs-over MS-RPCE via "named pipes"
						applies in "Windows 7", "Windows 8"
					}
					format MS-LABF "Lab Format" {
						layer presentation
					}
				}
				extend MS-DCOM {
					manages MS-LAB
					applies from "Windows 2000"
				}
				""");
		WpoRun run = WpoRun.of("diff", dir.resolve("a").toString(), dir.resolve("b").toString());
		assertEquals(1, run.status(), run.toString());
		assertEquals(List.of("3 Lab",
				"  removed technology Probe \"Probe\"",
				"  MS-LAB title: Lab Protocol -> Lab Protocol, second edition",
				"  MS-LAB layer: session -> application",
				"  MS-LAB applies: from Windows Vista -> in Windows 7, Windows 8",
				"  MS-LABF kind: protocol -> format",
				"  removed relation Probe uses MS-LAB",
				"  changed relation MS-LAB runs-over MS-RPCE: via TCP -> named pipes",
				"7.3.2 DCOM",
				"  MS-DCOM applies (extend): (none) -> from Windows 2000",
				"  added relation MS-DCOM manages MS-LAB",
				"1 element removed, 5 element changes, 1 relation added, 1 relation removed, 1 relation changed"),
				run.outLines());
	}

	@Test
	void aliasesDescriptionRemarksSectionsCoversAndRelationSectionSourceNote() {
		write(dir.resolve("a/lab.wpo"), DiffDetailModels.OLD);
		write(dir.resolve("b/lab.wpo"), DiffDetailModels.NEW);
		WpoRun run = WpoRun.of("diff", dir.resolve("a").toString(), dir.resolve("b").toString());
		assertEquals(1, run.status(), run.toString());
		assertEquals(List.of("3 Lab",
				"  MS-LAB title: (none) -> Lab Protocol",
				"  MS-LAB description: \"The lab protocol.\" -> \"The lab protocol, with \\\"quotes\\\".\"",
				"  MS-LAB sections: 3.2 Lab details -> 3.1 Lab basics, 3.2 Lab details",
				"  MS-LABO aka: (none) -> \"LO\"",
				"  MS-LABO remark: \"Draft.\" -> (none)",
				"  MS-LABO covers: 3.1 Lab basics -> 3.1 Lab basics, 3.2 Lab details",
				"  added relation MS-LABO uses MS-LAB only from Windows 8 section 3.1 Lab basics note \"n\"",
				"  changed relation MS-LAB runs-over TCP: section 3.1 Lab basics -> 3.2 Lab details;"
						+ " source RFC793 section 3.2 -> RFC793; note \"plain\" -> \"over TCP only\"",
				"  changed relation MS-LAB uses MS-RPCE: source (none) -> MS-RPCE section 2.1",
				"7.3.2 DCOM",
				"  MS-DCOM aka (extend): (none) -> \"DCOM\"",
				"  MS-DCOM remark (extend): (none) -> \"Ours.\"",
				"  MS-DCOM sections (extend): (none) -> 3.1 Lab basics",
				"9 element changes, 1 relation added, 2 relations changed"), run.outLines());
	}

	@Test
	void detailsInMarkdownAndJson() {
		write(dir.resolve("a/lab.wpo"), DiffDetailModels.OLD);
		write(dir.resolve("b/lab.wpo"), DiffDetailModels.NEW);
		WpoRun markdown = WpoRun.of("diff", dir.resolve("a").toString(), dir.resolve("b").toString(), "--format",
				"markdown");
		assertEquals(1, markdown.status(), markdown.toString());
		List<String> lines = markdown.outLines();
		assertTrue(lines.contains("- MS-LAB description: \"The lab protocol.\" → \"The lab protocol, with"
				+ " \\\\\"quotes\\\\\".\""), markdown.out());
		assertTrue(lines.contains("- changed relation MS-LAB runs-over TCP: section 3.1 Lab basics → 3.2 Lab details;"
				+ " source RFC793 section 3.2 → RFC793; note \"plain\" → \"over TCP only\""), markdown.out());
		assertTrue(lines.contains("- MS-DCOM aka (extend): (none) → \"DCOM\""), markdown.out());

		WpoRun json = WpoRun.of("diff", dir.resolve("a").toString(), dir.resolve("b").toString(), "--format", "json");
		assertEquals(1, json.status(), json.toString());
		assertTrue(json.out().contains(DiffJson.DETAILS_RELATION), json.out());
		assertTrue(json.out().contains(DiffJson.DETAILS_CHANGE), json.out());
	}

	@Test
	void addedElementInJsonWithItsAliasesDescriptionRemarkSectionsAndCovers() {
		write(dir.resolve("a/lab.wpo"), "model lab\n");
		write(dir.resolve("b/lab.wpo"), DiffDetailModels.OVERVIEW);
		WpoRun json = WpoRun.of("diff", dir.resolve("a").toString(), dir.resolve("b").toString(), "--format", "json");
		assertEquals(1, json.status(), json.toString());
		assertTrue(json.out().contains(DiffJson.ADDED_OVERVIEW), json.out());
	}

	@Test
	void fixedProblemsAreReportedAndOneThatStaysIsNot() {
		write(dir.resolve("a/lab.wpo"), DiffDetailModels.BROKEN);
		write(dir.resolve("b/lab.wpo"), DiffDetailModels.FIXED);
		String old = dir.resolve("a/lab.wpo").toString();
		WpoRun run = WpoRun.of("diff", dir.resolve("a").toString(), dir.resolve("b").toString());
		assertEquals(1, run.status(), run.toString());
		assertEquals(List.of("3 Lab",
				"  MS-LAB applies: from Windows 8 up to Windows 7 -> from Windows 7 up to Windows 8",
				"fixed problems",
				"  " + old + ":5:16: error: wpo.invalid-applicability: The applies statement names no product:"
						+ " 'Windows 8' comes after 'Windows 7' in the product list, so the range is empty.",
				"1 element change, 1 problem fixed"), run.outLines());

		WpoRun markdown = WpoRun.of("diff", dir.resolve("a").toString(), dir.resolve("b").toString(), "--format",
				"markdown");
		assertEquals(List.of("### WPO model changes", "", "1 element change, 1 problem fixed.", "", "#### 3 Lab", "",
				"- MS-LAB applies: from Windows 8 up to Windows 7 → from Windows 7 up to Windows 8", "",
				"#### Fixed problems", "",
				"- " + old.replace("_", "\\_") + ":5:16: **error** wpo.invalid-applicability: The applies statement names"
						+ " no product: 'Windows 8' comes after 'Windows 7' in the product list, so the range is empty."),
				markdown.outLines());

		WpoRun json = WpoRun.of("diff", dir.resolve("a").toString(), dir.resolve("b").toString(), "--format", "json");
		assertTrue(json.out().endsWith(DiffJson.FIXED_PROBLEM.formatted(old)), json.out());

		WpoRun back = WpoRun.of("diff", dir.resolve("b").toString(), dir.resolve("a").toString());
		assertEquals("1 element change, 1 new problem", back.outLines().get(back.outLines().size() - 1), back.toString());
	}

	@Test
	void aliasesRemarkAndRelationMovedIntoAnExtendBlockInAnotherFileAreNoDifference() {
		write(dir.resolve("a/lab.wpo"), "model lab\nimport mswpo\nprotocol MS-LAB {\n\taka \"Lab\", \"LP\"\n"
				+ "\tremark \"One.\"\n\tuses MS-RPCE\n}\n");
		write(dir.resolve("b/lab.wpo"), "model lab\nimport mswpo\nprotocol MS-LAB {\n\taka \"LP\"\n}\n");
		write(dir.resolve("b/more/extend.wpo"), "model lab\nimport mswpo\nextend MS-LAB {\n\taka \"Lab\"\n"
				+ "\tremark \"One.\"\n\tuses MS-RPCE\n}\n");
		WpoRun run = WpoRun.of("diff", dir.resolve("a").toString(), dir.resolve("b").toString());
		assertEquals(0, run.status(), run.toString());
		assertEquals(List.of("no differences"), run.outLines());
	}

	@Test
	void sameTitleWithOtherRelationsIsNoRename() {
		write(dir.resolve("a/lab.wpo"), """
				model lab
				import mswpo
				technology Probe "Probe" {
					runs-over TCP
				}
				""");
		write(dir.resolve("b/lab.wpo"), """
				model lab
				import mswpo
				technology Sonde "Probe" {
					runs-over UDP
				}
				""");
		WpoRun run = WpoRun.of("diff", dir.resolve("a").toString(), dir.resolve("b").toString());
		assertEquals(List.of("(no area)",
				"  added technology Sonde \"Probe\"",
				"  removed technology Probe \"Probe\"",
				"  added relation Sonde runs-over UDP",
				"  removed relation Probe runs-over TCP",
				"1 element added, 1 element removed, 1 relation added, 1 relation removed"), run.outLines());
	}

	@Test
	void markdownEscapesModelText() {
		write(dir.resolve("a/lab.wpo"), """
				model lab
				""");
		write(dir.resolve("b/lab.wpo"), """
				model lab
				technology "<img src=x>" "*bold* [link](http://example.org) `code` | # _x_ & ~y~" {
				}
				""");
		WpoRun run = WpoRun.of("diff", dir.resolve("a").toString(), dir.resolve("b").toString(), "--format", "markdown");
		assertEquals(1, run.status(), run.toString());
		assertEquals(List.of("### WPO model changes", "", "1 element added.", "", "#### (no area)", "",
				"- added technology \\<img src=x\\> \"\\*bold\\* \\[link\\](http://example.org) \\`code\\` \\| \\#"
						+ " \\_x\\_ \\& \\~y\\~\""),
				run.outLines());
	}

	@Test
	void usageProblemsAreOneLineAndExitTwo() {
		String old = old();
		WpoRun missing = WpoRun.of("diff", old, dir.resolve("nope").toString());
		assertEquals(2, missing.status(), missing.toString());
		assertEquals("", missing.out());
		assertEquals(List.of("wpo: no such file or folder: " + dir.resolve("nope")), missing.errLines());

		WpoRun format = WpoRun.of("diff", old, old, "--format", "yaml");
		assertEquals(2, format.status(), format.toString());
		assertEquals(1, format.errLines().stream().filter(line -> line.contains("yaml")).count(), format.toString());

		WpoRun one = WpoRun.of("diff", old);
		assertEquals(2, one.status(), one.toString());
		assertTrue(one.hasNoStackTrace(), one.toString());
	}
}
