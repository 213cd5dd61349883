package org.wpo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code wpo check} only reads: every file and folder of the model tree and of the working folder
 * has the same bytes and modification time afterwards, and nothing is added, for a valid model, a
 * model with errors and files that cannot be parsed at all.
 */
class CheckChangesNothingIT {

	@TempDir
	Path dir;

	@Test
	void checkLeavesEveryFileAsItWas() throws Exception {
		Fixtures.write(dir.resolve("valid/a.wpo"), """
				model lab
				import mswpo
				area 1 "Transport" {
					technology Pipe "Named pipes" {
						runs-over TCP
					}
				}
				""");
		Fixtures.write(dir.resolve("valid/sub/b.wpo"), "model lab\narea 2 \"Calls\" {\n\tprotocol MS-CALL \"Calls\" {\n"
				+ "\t\truns-over Pipe\n\t}\n}\n");
		Fixtures.write(dir.resolve("invalid/broken.wpo"), "model lab\narea 2 \"Calls\" {\n\tprotocol MS-CALL {\n"
				+ "\t\truns-over Nowhere\n\t}\n\tprotocl\n");
		Fixtures.write(dir.resolve("invalid/unformatted.wpo"), "model   lab area 3 \"X\"{technology   Y}\n");
		Fixtures.write(dir.resolve("invalid/latin1.wpo"), "model lab // caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
		Fixtures.write(dir.resolve("invalid/binary.wpo"), new byte[] { 'm', 0, 1, 2 });
		Fixtures.write(dir.resolve("invalid/empty.wpo"), "");
		Fixtures.write(dir.resolve("invalid/deep.wpo"), "model d\n" + "area a {\n".repeat(3000));
		Files.createSymbolicLink(dir.resolve("invalid/loop"), Path.of("."));
		// Modification times in the past, so that a rewrite of the same bytes shows too.
		for (Path file : Files.walk(dir).toList()) {
			if (!Files.isSymbolicLink(file)) {
				Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L));
			}
		}
		Map<String, String> before = Tree.fingerprint(dir);

		JarProcess.Result valid = JarProcess.run(dir, 120, "check", "valid");
		assertEquals(0, valid.status(), valid::toString);
		JarProcess.Result invalid = JarProcess.run(dir, 120, "check", "valid", "invalid");
		assertEquals(1, invalid.status(), invalid::toString);
		JarProcess.Result single = JarProcess.run(dir, 120, "check", "invalid/broken.wpo");
		assertEquals(1, single.status(), single::toString);

		assertEquals(before, Tree.fingerprint(dir));
	}
}
