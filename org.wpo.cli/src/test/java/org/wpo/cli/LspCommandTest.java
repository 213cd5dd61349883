package org.wpo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Usage of {@code wpo lsp}; the server itself is exercised by {@code WpoLspIT} on the built jar. */
class LspCommandTest {

	@Test
	void portOutOfRangeIsOneLineAndStatusTwo() {
		WpoRun run = WpoRun.of("lsp", "--port", "70000");
		assertEquals(2, run.status(), run::toString);
		assertEquals(List.of("wpo: invalid port: 70000 (0 to 65535) (see 'wpo lsp --help')"), run.errLines());
		assertEquals("", run.out());
	}

	@Test
	void portThatIsNoNumberIsOneLineAndStatusTwo() {
		WpoRun run = WpoRun.of("lsp", "--port", "eight");
		assertEquals(2, run.status(), run::toString);
		assertEquals(1, run.errLines().size(), run::toString);
		assertTrue(run.errLines().get(0).startsWith("wpo: invalid value for option '--port'"), run::toString);
	}

	@Test
	void helpNamesStdioThePortAndTheExitStatuses() {
		WpoRun run = WpoRun.of("lsp", "--help");
		assertEquals(0, run.status(), run::toString);
		assertTrue(run.out().contains("Runs the WPO language server (Language Server Protocol)."), run.out());
		assertTrue(run.out().contains("--port=N"), run.out());
		assertTrue(run.out().contains("listens on 127.0.0.1 only"), run.out());
		assertTrue(run.out().contains("0   the client sent shutdown, then exit"), run.out());
	}

	@Test
	void theCommandListNamesLsp() {
		WpoRun run = WpoRun.of("--help");
		assertTrue(run.out().contains("lsp"), run.out());
	}
}
