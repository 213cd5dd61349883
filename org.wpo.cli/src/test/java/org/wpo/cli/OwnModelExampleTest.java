package org.wpo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The user model of the README's language section (examples/own-model): it continues the product
 * line after the optional list of later Windows releases, extends a built-in element, conditions
 * relations (only, via, source) and describes a small system by its members. Each command's whole
 * answer is asserted.
 */
class OwnModelExampleTest {

	static final String MODEL = Path.of("..", "examples", "own-model").toString();

	private static List<String> ok(String... args) {
		WpoRun run = WpoRun.of(args);
		assertEquals(0, run.status(), run.toString());
		assertEquals("", run.err(), run.toString());
		return run.outLines();
	}

	@Test
	void theExampleChecksClean() {
		assertTrue(Files.isRegularFile(Path.of(MODEL, "contoso.wpo")));
		assertEquals(List.of("checked 1 file: 5 elements, 10 relations, 1 area; 0 errors, 0 warnings"),
				ok("check", MODEL));
	}

	@Test
	void theStackOfAnInterfaceReachableOverNamedPipesOnlyListsNamedPipesAlone() {
		assertEquals(List.of("MS-CTAD (Contoso Appliance Administration Protocol)", "needs, by layer:",
				"  session: MS-RPCE (runs-over from MS-CTAD), C706 (extends from MS-RPCE)",
				"  transport: named pipes (runs-over from MS-RPCE), MS-CIFS (runs-over from named pipes),"
						+ " SMB (runs-over from named pipes), SMB2 (runs-over from named pipes)",
				"transport paths:", "  MS-CTAD > MS-RPCE > named pipes > MS-CIFS",
				"  MS-CTAD > MS-RPCE > named pipes > SMB", "  MS-CTAD > MS-RPCE > named pipes > SMB2"),
				ok("stack", "MS-CTAD", MODEL));
	}

	@Test
	void aConditionedRelationIsLeftOutOfTheStackInAProductWhereItDoesNotHold() {
		assertEquals(List.of("MS-CTEV (Contoso Event Notification Protocol)", "in Windows Server 2022:",
				"needs nothing beneath it", "not in Windows Server 2022:",
				"  MS-RPCE (runs-over from MS-CTEV: only from Contoso Appliance 1)"),
				ok("stack", "MS-CTEV", "--product", "Windows Server 2022", MODEL));
	}

	@Test
	void aWholesImpactListsItsMembersAndNotWhatUsesOneMember() {
		assertEquals(List.of("Contoso file access (Contoso File Access System)",
				"members (part-of it; what uses a member alone is not listed): MS-CTFA, MS-CTAD, MS-CTEV",
				"nothing depends on it"), ok("impact", "Contoso file access", MODEL));
		assertEquals(List.of("MS-CTFA (Contoso File Access Protocol)", "4 elements depend on it:", "  uses:",
				"    MS-CTEV (directly)", "    MS-CTBK (directly)", "  manages:", "    MS-CTAD (directly)",
				"  part-of (wholes it or a dependent is part of):", "    Contoso file access (directly)"),
				ok("impact", "MS-CTFA", MODEL));
	}

	@Test
	void aPathThatRunsOnlyTheOtherWayIsShown() {
		assertEquals(List.of("no chain of relations leads from MS-CTFA to MS-CTAD", "but from MS-CTAD to MS-CTFA:",
				"  MS-CTAD -manages-> MS-CTFA"), ok("path", "MS-CTFA", "MS-CTAD", MODEL));
	}

	@Test
	void listByAUserProductRunsAlongTheContinuedLine() {
		List<String> lines = ok("list", "--product", "Contoso Appliance 1", MODEL);
		List<String> contoso = lines.stream().filter(l -> l.startsWith("MS-CT")).toList();
		assertEquals(List.of("MS-CTFA          protocol  current    application  Contoso File Access Protocol",
				"MS-CTAD          protocol  current    application  Contoso Appliance Administration Protocol",
				"MS-CTEV          protocol  current    -            Contoso Event Notification Protocol",
				"MS-CTBK          protocol  current    -            Contoso Backup Protocol"), contoso);
		assertEquals("196 specifications apply to Contoso Appliance 1 (3 by their applies statement, the others"
				+ " state no products and apply to every one)", lines.get(lines.size() - 1));
		List<String> windowsNt = ok("list", "--product", "Windows NT", MODEL);
		assertTrue(windowsNt.stream().noneMatch(l -> l.startsWith("MS-IPAMM2 ")),
				"MS-IPAMM2 applies in Windows Server 2012 R2 only");
		assertTrue(lines.stream().noneMatch(l -> l.startsWith("MS-IPAMM2 ")), "nor in a later product");
	}
}
