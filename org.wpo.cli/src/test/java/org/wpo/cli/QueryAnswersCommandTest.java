package org.wpo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * stack, impact, path and list on the document's own short names (a document answers as one with
 * the technology it specifies), and on a user's model that continues the product line, conditions
 * relations, names a carrier with via, describes a system by its members and declares a built-in
 * name again.
 */
class QueryAnswersCommandTest {

	static final String ACME = """
			model acme
			import mswpo

			products after "Windows Server 2012 R2" {
				product "Windows 10"
				product "Windows Server 2016"
			}

			area acme "Acme file access" {
				technology RDMA "Remote direct memory access" { layer transport }
				protocol MS-SMBD "SMB2 Remote Direct Memory Access Transport" { layer transport applies from "Windows 8" runs-over RDMA }
				protocol MS-ACME "Acme file transfer" {
					layer application
					runs-over MS-SMB2
					runs-over MS-SMBD
					runs-over RDMA only from "Windows 10"
				}
				protocol MS-ACMR "Acme remote interface" { layer application runs-over MS-RPCE via "named pipes" }
				protocol MS-ACMA "Acme administration" { layer application applies to "Windows 7" manages MS-ACME }
				protocol MS-ACMN "Acme next" { layer application applies from "Windows 10" }
			}
			extend SMB2 { runs-over TCP }
			""";

	static final String SYSTEMS = """
			import mswpo

			area systems "Our systems" {
				technology "file access" "Our file access system" { part-of estate }
				technology estate "Everything we run"
				new protocol MS-SMB2 "Our SMB2 profile" { runs-over TCP part-of "file access" }
				technology "our cache" { part-of "file access" runs-over MS-RPCE via "named pipes" }
				protocol MS-CLIENT "Our client" { runs-over "file access" }
				protocol MS-USER "Uses one member" { uses "our cache" }
				protocol MS-ADMIN "Our administration" { manages "our cache" }
			}
			""";

	@TempDir
	Path dir;

	private String acme() {
		Fixtures.write(dir.resolve("acme/acme.wpo"), ACME);
		return dir.resolve("acme").toString();
	}

	private String systems() {
		Fixtures.write(dir.resolve("systems/mine.wpo"), SYSTEMS);
		return dir.resolve("systems").toString();
	}

	private static WpoRun ok(String... args) {
		WpoRun run = WpoRun.of(args);
		assertEquals(0, run.status(), run.toString());
		assertEquals("", run.err(), run.toString());
		return run;
	}

	@Test
	void aDocumentAnswersAsOneWithTheTechnologyItSpecifies() {
		assertEquals(List.of("MS-SMB2 (Server Message Block (SMB) Protocol Versions 2 and 3)",
				"answers as one with SMB2, which MS-SMB2 specifies", "needs nothing beneath it"),
				ok("stack", "MS-SMB2").outLines());
		List<String> impact = ok("impact", "MS-SMB2").outLines();
		assertEquals(List.of("MS-SMB2 (Server Message Block (SMB) Protocol Versions 2 and 3)",
				"answers as one with SMB2, which MS-SMB2 specifies"), impact.subList(0, 2));
		assertEquals(List.of("  runs-over:", "    named pipes (directly, through SMB2, which MS-SMB2 specifies)",
				"    MS-RPCE (through named pipes, depth 2)"), impact.subList(3, 6));
		assertTrue(impact.contains("    MS-COMA (through MS-DCOM, depth 4)"), impact.toString());
	}

	@Test
	void cifsAnswersAsOneWithSmb() {
		assertEquals(List.of("MS-CIFS (Common Internet File System (CIFS) Protocol)",
				"answers as one with SMB, which MS-CIFS specifies", "needs nothing beneath it"),
				ok("stack", "MS-CIFS").outLines());
		List<String> impact = ok("impact", "MS-CIFS").outLines();
		assertEquals(List.of("  runs-over:", "    named pipes (directly)",
				"    MS-RPCE (directly, through SMB, which MS-CIFS specifies)"), impact.subList(3, 6));
		assertTrue(impact.contains("    MS-SMB (directly)"), impact.toString());
		assertTrue(impact.contains("    C195 (directly, through SMB, which MS-CIFS specifies)"), impact.toString());
	}

	@Test
	void theDocumentOfUdpAnswersForUdp() {
		List<String> impact = ok("impact", "RFC768").outLines();
		assertEquals(List.of("RFC768 (User Datagram Protocol)", "answers as one with UDP, which RFC768 specifies"),
				impact.subList(0, 2));
		assertEquals(List.of("  runs-over:", "    MC-SQLR (directly, through UDP, which RFC768 specifies)",
				"    NetBIOS (directly, through UDP, which RFC768 specifies)",
				"    MS-RPCE (directly, through UDP, which RFC768 specifies)"), impact.subList(3, 7));
		assertEquals(List.of("MC-SQLR -runs-over-> UDP -specified-by-> RFC768"), ok("path", "MC-SQLR", "RFC768").outLines());
		assertEquals(List.of("no chain of relations leads from RFC768 to MC-SQLR", "but from MC-SQLR to RFC768:",
				"  MC-SQLR -runs-over-> UDP -specified-by-> RFC768"), ok("path", "RFC768", "MC-SQLR").outLines());
	}

	@Test
	void aDocumentsStackGoesOnBelowTheTechnologyItSpecifies() {
		String model = acme();
		assertEquals(List.of("MS-SMB2 (Server Message Block (SMB) Protocol Versions 2 and 3)",
				"answers as one with SMB2, which MS-SMB2 specifies", "needs, by layer:",
				"  transport: TCP (runs-over from SMB2, which MS-SMB2 specifies)", "transport paths:",
				"  MS-SMB2 > SMB2 > TCP"), ok("stack", "MS-SMB2", model).outLines());
		assertEquals(List.of("MS-SMB2 -specifies-> SMB2 -runs-over-> TCP"), ok("path", "MS-SMB2", "TCP", model).outLines());
	}

	@Test
	void aStackInOneProductNamesWhatDoesNotApply() {
		String model = acme();
		assertEquals(List.of("MS-ACME (Acme file transfer)", "in Windows 7:", "needs, by layer:",
				"  transport: MS-SMB2 (runs-over from MS-ACME), TCP (runs-over from SMB2, which MS-SMB2 specifies)",
				"transport paths:", "  MS-ACME > MS-SMB2 > SMB2 > TCP", "not in Windows 7:",
				"  MS-SMBD (runs-over from MS-ACME: applies from Windows 8)",
				"  RDMA (runs-over from MS-ACME: only from Windows 10)"),
				ok("stack", "MS-ACME", "--product", "Windows 7", model).outLines());
		assertEquals(List.of("MS-ACME (Acme file transfer)", "in Windows 10:", "needs, by layer:",
				"  transport: MS-SMB2 (runs-over from MS-ACME), MS-SMBD (runs-over from MS-ACME), RDMA (runs-over from MS-ACME), TCP (runs-over from SMB2, which MS-SMB2 specifies)",
				"transport paths:", "  MS-ACME > MS-SMB2 > SMB2 > TCP", "  MS-ACME > MS-SMBD > RDMA", "  MS-ACME > RDMA"),
				ok("stack", "MS-ACME", "--product", "Windows 10", model).outLines());
		assertEquals(List.of("MS-ACMN (Acme next)", "in Windows 8, to which it does not apply (applies from Windows 10):",
				"needs nothing beneath it"), ok("stack", "MS-ACMN", "--product", "Windows 8", model).outLines());
	}

	@Test
	void anUnknownProductNamesTheClosestOnes() {
		WpoRun run = WpoRun.of("stack", "MS-ACME", "--product", "Windows 95", acme());
		assertEquals(2, run.status(), run.toString());
		assertEquals(List.of("wpo: unknown product 'Windows 95'; closest names: Windows 10, Windows 7, Windows 8, Windows NT, Windows XP"),
				run.errLines());
		assertEquals("", run.out());
	}

	@Test
	void listByProductAcrossTheContinuedLine() {
		String model = acme();
		assertEquals(List.of(
				"MS-SMBD          protocol  current    transport    SMB2 Remote Direct Memory Access Transport",
				"MS-ACME          protocol  current    application  Acme file transfer",
				"MS-ACMR          protocol  current    application  Acme remote interface",
				"MS-ACMN          protocol  current    application  Acme next",
				"4 specifications apply to Windows 10 (2 by their applies statement, the others state no products and apply to every one)"),
				ok("list", "--area", "acme", "--product", "Windows 10", model).outLines());
		assertEquals(List.of(
				"MS-ACME          protocol  current    application  Acme file transfer",
				"MS-ACMR          protocol  current    application  Acme remote interface",
				"MS-ACMA          protocol  current    application  Acme administration",
				"3 specifications apply to Windows 7 (1 by their applies statement, the others state no products and apply to every one)"),
				ok("list", "--area", "acme", "--product", "Windows 7", model).outLines());
	}

	@Test
	void viaKeepsOnlyNamedPipesBelowRpc() {
		List<String> stack = ok("stack", "MS-ACMR", acme()).outLines();
		assertEquals(List.of("transport paths:", "  MS-ACMR > MS-RPCE > named pipes > MS-CIFS",
				"  MS-ACMR > MS-RPCE > named pipes > SMB", "  MS-ACMR > MS-RPCE > named pipes > SMB2 > TCP"),
				stack.subList(stack.indexOf("transport paths:"), stack.size()));
		for (String carrier : List.of("UDP", "SPX", "IPX", "AppleTalk", "HTTP")) {
			assertTrue(stack.stream().noneMatch(line -> line.contains(carrier + " (")), carrier + " in " + stack);
		}
	}

	@Test
	void managersAreInTheImpactOfWhatTheyManage() {
		assertEquals(List.of("MS-ACME (Acme file transfer)", "1 element depends on it:", "  manages:",
				"    MS-ACMA (directly)"), ok("impact", "MS-ACME", acme()).outLines());
		assertEquals(List.of("MS-ACMA (Acme administration)", "nothing depends on it"),
				ok("impact", "MS-ACMA", acme()).outLines());
	}

	@Test
	void aSystemsImpactListsItsMembersAndWhatDependsOnTheSystem() {
		String model = systems();
		assertEquals(List.of("file access (Our file access system)",
				"members (part-of it; what uses a member alone is not listed): MS-SMB2, our cache",
				"2 elements depend on it:", "  runs-over:", "    MS-CLIENT (directly)",
				"  part-of (wholes it or a dependent is part of):", "    estate (directly)"),
				ok("impact", "file access", model).outLines());
		assertEquals(List.of("our cache", "5 elements depend on it:", "  runs-over:",
				"    MS-CLIENT (through file access, depth 2)", "  uses:", "    MS-USER (directly)", "  manages:",
				"    MS-ADMIN (directly)", "  part-of (wholes it or a dependent is part of):", "    file access (directly)",
				"    estate (through file access, depth 2)"), ok("impact", "our cache", model).outLines());
		assertEquals(List.of("file access (Our file access system)", "needs nothing beneath it",
				"members (part-of it; not followed, ask for each): MS-SMB2, our cache"),
				ok("stack", "file access", model).outLines());
	}

	@Test
	void aPathThatRunsTheOtherWayIsShown() {
		String model = systems();
		assertEquals(List.of("no chain of relations leads from estate to our cache", "but from our cache to estate:",
				"  our cache -part-of-> file access -part-of-> estate"),
				ok("path", "estate", "our cache", model).outLines());
		assertEquals(List.of("no chain of relations leads from MS-USER to MS-CLIENT", "nor from MS-CLIENT to MS-USER"),
				ok("path", "MS-USER", "MS-CLIENT", model).outLines());
		JsonObject json = JsonParser.parseString(ok("path", "estate", "our cache", "--format", "json", model).out())
				.getAsJsonObject();
		assertEquals("[]", json.get("chains").toString());
		assertEquals("[[{\"source\":\"our cache\",\"kind\":\"part-of\",\"target\":\"file access\",\"section\":null},"
				+ "{\"source\":\"file access\",\"kind\":\"part-of\",\"target\":\"estate\",\"section\":null}]]",
				json.getAsJsonObject("reverse").get("chains").toString());
	}

	@Test
	void aNameTheUsersModelDeclaresAgainMeansTheUsersElement() {
		String model = systems();
		assertEquals(List.of("MS-SMB2 (Our SMB2 profile)", "this is MS-SMB2 in mine.wpo; also declared: mswpo::MS-SMB2",
				"needs, by layer:", "  transport: TCP (runs-over from MS-SMB2)", "transport paths:", "  MS-SMB2 > TCP"),
				ok("stack", "MS-SMB2", model).outLines());
		assertEquals(List.of("MS-SMB2 (Server Message Block (SMB) Protocol Versions 2 and 3)",
				"this is mswpo::MS-SMB2; also declared: MS-SMB2 in mine.wpo",
				"answers as one with SMB2, which MS-SMB2 specifies", "needs nothing beneath it"),
				ok("stack", "mswpo::MS-SMB2", model).outLines());
	}

	@Test
	void stackAsJsonNamesWhatAnswersAsOneAndWhatDoesNotApply() {
		JsonObject json = JsonParser.parseString(
				ok("stack", "MS-ACME", "--product", "Windows 7", "--format", "json", acme()).out()).getAsJsonObject();
		assertEquals("Windows 7", json.get("product").getAsString());
		assertEquals("[{\"name\":\"MS-SMBD\",\"kind\":\"runs-over\",\"via\":\"MS-ACME\",\"reason\":\"applies from Windows 8\"},"
				+ "{\"name\":\"RDMA\",\"kind\":\"runs-over\",\"via\":\"MS-ACME\",\"reason\":\"only from Windows 10\"}]",
				json.get("notApplying").toString());
		JsonObject smb2 = JsonParser.parseString(ok("stack", "MS-SMB2", "--format", "json").out()).getAsJsonObject();
		assertEquals("[\"SMB2\"]", smb2.get("answersWith").toString());
	}
}
