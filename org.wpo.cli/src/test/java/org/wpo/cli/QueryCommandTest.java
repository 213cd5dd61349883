package org.wpo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The stack, impact, path and list commands on the built-in model and on a user's model. */
class QueryCommandTest {

	@TempDir
	Path dir;

	@Test
	void stackOfAProtocolOverUdp() {
		WpoRun run = WpoRun.of("stack", "MC-SQLR");
		assertEquals(0, run.status(), run.toString());
		assertEquals(List.of("MC-SQLR (SQL Server Resolution Protocol)", "needs, by layer:",
				"  transport: UDP (runs-over from MC-SQLR)",
				"  network: IPv4 (runs-over from UDP), IPv6 (runs-over from UDP)", "transport paths:",
				"  MC-SQLR > UDP > IPv4", "  MC-SQLR > UDP > IPv6"), run.outLines());
	}

	@Test
	void stackOfComaGoesThroughDcomAndRpc() {
		WpoRun run = WpoRun.of("stack", "MS-COMA");
		assertEquals(0, run.status(), run.toString());
		assertTrue(run.outLines().contains("  MS-COMA > MS-DCOM > MS-RPCE > TCP"), run.toString());
		assertTrue(run.outLines().contains("  MS-COMA > MS-DCOM > MS-RPCE > named pipes > SMB"), run.toString());
		assertTrue(run.outLines().contains("  MS-COMA > MS-DCOM > MS-RPCE > HTTP"), run.toString());
	}

	@Test
	void stackAsJson() {
		WpoRun run = WpoRun.of("stack", "MS-COMA", "--format", "json");
		JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
		assertEquals("MS-COMA", json.get("element").getAsString());
		JsonObject session = json.getAsJsonArray("byLayer").get(0).getAsJsonObject();
		assertEquals("session", session.get("layer").getAsString());
		assertEquals("{\"name\":\"MS-DCOM\",\"kind\":\"runs-over\",\"via\":\"MS-COMA\",\"depth\":1}",
				session.getAsJsonArray("elements").get(0).toString());
		assertTrue(json.getAsJsonArray("transportPaths").toString().contains("[\"MS-COMA\",\"MS-DCOM\",\"MS-RPCE\",\"TCP\"]"));
	}

	@Test
	void impactOfDcom() {
		WpoRun run = WpoRun.of("impact", "MS-DCOM");
		assertEquals(0, run.status(), run.toString());
		assertEquals("MS-DCOM (Distributed Component Object Model (DCOM) Remote Protocol)", run.outLines().get(0));
		assertTrue(run.outLines().contains("  runs-over:"), run.toString());
		assertTrue(run.outLines().contains("    MS-COMA (directly)"), run.toString());
	}

	@Test
	void pathFromSqlrToUdp() {
		WpoRun run = WpoRun.of("path", "MC-SQLR", "UDP");
		assertEquals(List.of("MC-SQLR -runs-over-> UDP"), run.outLines());
		WpoRun back = WpoRun.of("path", "UDP", "MC-SQLR");
		assertEquals(List.of("no chain of relations leads from UDP to MC-SQLR", "but from MC-SQLR to UDP:",
				"  MC-SQLR -runs-over-> UDP"), back.outLines());
	}

	@Test
	void listByArea() {
		WpoRun run = WpoRun.of("list", "--area", "2.2.1.2");
		assertEquals(0, run.status(), run.toString());
		assertEquals(3, run.outLines().size(), run.toString());
		assertTrue(run.outLines().get(0).startsWith("MS-COMA          protocol  current"), run.toString());
		assertEquals("2 specifications", run.outLines().get(2));
	}

	@Test
	void listAsJsonWithFilters() {
		WpoRun run = WpoRun.of("list", "--kind", "overview", "--format", "json");
		var array = JsonParser.parseString(run.out()).getAsJsonArray();
		assertTrue(array.size() >= 18, "the 18 overview documents of section 1.1 at least: " + array.size());
		array.forEach(e -> assertEquals("overview", e.getAsJsonObject().get("kind").getAsString()));
	}

	@Test
	void unknownNameNamesTheClosestOnes() {
		WpoRun run = WpoRun.of("stack", "MS-COMX");
		assertEquals(2, run.status());
		assertEquals(List.of("wpo: unknown element 'MS-COMX'; closest names: MS-COM, MS-COMA, MS-COMT, MS-COMEV, MS-DCOM"),
				run.errLines());
		assertEquals("", run.out());
	}

	@Test
	void queriesAUsersModelThatImportsTheLibrary() {
		Fixtures.write(dir.resolve("acme.wpo"), """
				import mswpo
				area 1 "Acme" {
					protocol MS-ACME "Acme Protocol" { runs-over MS-DCOM }
				}
				""");
		WpoRun run = WpoRun.of("path", "MS-ACME", "MS-RPCE", dir.toString());
		assertEquals(List.of("MS-ACME -runs-over-> MS-DCOM -runs-over-> MS-RPCE"), run.outLines(), run.toString());
	}

	@Test
	void aModelWithErrorsIsNotQueried() {
		Fixtures.write(dir.resolve("bad.wpo"), """
				area 1 "A" { technology T { runs-over Nowhere } }
				""");
		WpoRun run = WpoRun.of("stack", "T", dir.toString());
		assertEquals(1, run.status());
		assertEquals(List.of(dir.resolve("bad.wpo") + ":1:39: error: wpo.unresolved-reference: Unresolved reference: no specification or technology named 'Nowhere' is visible here.",
				"wpo: stopped: the model has 1 error (see 'wpo check')"), run.errLines());
	}
}
