package org.wpo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wpo.cli.Fixtures.latin1;
import static org.wpo.cli.Fixtures.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.wpo.dsl.workspace.MessageText;

/** {@code wpo check} on models written to a temporary folder, run in this JVM. */
class CheckCommandTest {

	@TempDir
	Path dir;

	@Test
	void cleanModelPassesWithSummary() {
		write(dir.resolve("lab.wpo"), """
				model lab

				area 1 "Lab" {
					technology Pipe "Named pipe transport"
					protocol MS-LAB "Lab protocol" {
						runs-over Pipe
						uses Pipe
					}
				}
				""");
		WpoRun run = WpoRun.of("check", dir.resolve("lab.wpo").toString());
		assertEquals(0, run.status(), run::toString);
		assertEquals(List.of("checked 1 file: 2 elements, 2 relations, 1 area; 0 errors, 0 warnings"),
				run.outLines());
		assertEquals("", run.err());
	}

	@Test
	void brokenFileInFolderIsNamedWithPositionsAndCodes() throws IOException {
		Path models = dir.resolve("models");
		write(models.resolve("good.wpo"), """
				model lab

				area 1 "Transport" {
					technology Pipe "Named pipe transport"
				}
				""");
		write(models.resolve("sub/broken.wpo"), """
				model lab

				area 2 "Broken" {
					protocol MS-LAB "Lab protocol" {
						runs-over Pipe, Nowhere
					}
					protocol LAB "Misnamed"
					technology Loop "Loop" {
						uses Loop
					}
				}
				""");
		Map<Path, FileTime> before = modificationTimes(models);

		WpoRun run = WpoRun.of("check", models.toString());

		assertEquals(1, run.status(), run::toString);
		String broken = models.resolve("sub/broken.wpo").toString();
		assertEquals(List.of(
				broken + ":5:19: error: wpo.unresolved-reference: Unresolved reference: no specification or"
						+ " technology named 'Nowhere' is visible here.",
				broken + ":7:11: error: wpo.short-name-kind: Short name 'LAB' does not fit kind protocol:"
						+ " Microsoft specifications are named MS-... or MC-...; use kind standard for documents"
						+ " of other bodies.",
				broken + ":9:8: error: wpo.self-relation: 'Loop' uses itself.",
				"checked 2 files: 4 elements, 3 relations, 2 areas; 3 errors, 0 warnings"), run.outLines());
		assertEquals("", run.err());
		assertEquals(before, modificationTimes(models), "check must not write to the model");
	}

	@Test
	void filesLinkAcrossEachOtherInBothDirections() {
		write(dir.resolve("a.wpo"), """
				model lab
				area 1 "Calls" {
					protocol MS-CALL "Calls" {
						runs-over Pipe
					}
				}
				""");
		write(dir.resolve("z.wpo"), """
				model lab
				area 2 "Pipes" {
					technology Pipe "Named pipes" {
						specified-by MS-CALL
					}
				}
				""");
		WpoRun run = WpoRun.of("check", dir.toString());
		assertEquals(0, run.status(), run::toString);
		assertEquals(List.of("checked 2 files: 2 elements, 2 relations, 2 areas; 0 errors, 0 warnings"),
				run.outLines());
	}

	@Test
	void importedBuiltInModelResolves() {
		write(dir.resolve("uses-library.wpo"), """
				model lab
				import mswpo

				area 1 "Lab" {
					protocol MS-LAB "Lab protocol" {
						runs-over TCP
						extends MS-RPCE
						uses mswpo::TCP
					}
				}
				""");
		WpoRun run = WpoRun.of("check", dir.toString());
		assertEquals(0, run.status(), run::toString);
		assertEquals(List.of("checked 1 file: 1 element, 3 relations, 1 area; 0 errors, 0 warnings"),
				run.outLines());
	}

	@Test
	void libraryNamesAreInvisibleWithoutImport() {
		Path file = write(dir.resolve("no-import.wpo"), """
				model lab
				area 1 "Lab" {
					protocol MS-LAB "Lab protocol" {
						runs-over TCP
					}
				}
				""");
		WpoRun run = WpoRun.of("check", file.toString());
		assertEquals(1, run.status(), run::toString);
		assertEquals(List.of(file + ":4:13: error: wpo.unresolved-reference: Unresolved reference: no"
				+ " specification or technology named 'TCP' is visible here.",
				"checked 1 file: 1 element, 1 relation, 1 area; 1 error, 0 warnings"), run.outLines());
	}

	@Test
	void withoutPathTheBuiltInModelIsChecked() {
		WpoRun run = WpoRun.of("check");
		assertEquals(0, run.status(), run::toString);
		List<String> lines = run.outLines();
		String summary = lines.get(lines.size() - 1);
		int files = org.wpo.dsl.library.BuiltInLibrary.fileNames().size();
		// The diagnostics name files the user can open: the read-only copy the language server uses.
		java.nio.file.Path copy = org.wpo.dsl.ide.server.LibraryFolder.materializeDefault().directory();
		assertTrue(summary.startsWith("checked built-in model mswpo (" + MessageText.plural(files, "file")
				+ ", a read-only copy in " + copy + "): "), summary);
		assertTrue(summary.contains("; 0 errors, "), summary);
		assertTrue(summary.matches(".*: [1-9][0-9]* elements, [1-9][0-9]* relations, [1-9][0-9]* areas; .*"),
				summary);
		for (String line : lines.subList(0, lines.size() - 1)) {
			assertTrue(line.startsWith(copy + "/") && !line.contains(": error: "), line);
			String file = line.substring(0, line.indexOf(':'));
			assertTrue(java.nio.file.Files.isRegularFile(java.nio.file.Path.of(file)), file);
		}
		assertEquals("", run.err());
	}

	// ---------------------------------------------------------------- problems of the input files

	@Test
	void emptyFileIsAWarning() {
		Path file = write(dir.resolve("empty.wpo"), "");
		WpoRun run = WpoRun.of("check", file.toString());
		assertEquals(0, run.status(), run::toString);
		assertEquals(List.of(file + ":1:1: warning: wpo.empty-file: The file is empty: it declares nothing.",
				"checked 1 file: 0 elements, 0 relations, 0 areas; 0 errors, 1 warning"), run.outLines());
		assertTrue(run.hasNoStackTrace(), run::toString);
	}

	@Test
	void binaryFileIsAnErrorAtItsFirstNulByte() {
		Path file = write(dir.resolve("picture.wpo"),
				new byte[] { 'm', 'o', 'd', 'e', 'l', ' ', 'x', '\n', 'a', 'b', 0, 1, 2, (byte) 0xff, 0 });
		WpoRun run = WpoRun.of("check", file.toString());
		assertEquals(1, run.status(), run::toString);
		assertEquals(List.of(file + ":2:3: error: wpo.binary-file: This is a binary file, not a WPO text: it"
				+ " contains a NUL byte at byte offset 10.",
				"checked 1 file: 0 elements, 0 relations, 0 areas; 1 error, 0 warnings"), run.outLines());
		assertTrue(run.hasNoStackTrace(), run::toString);
	}

	@Test
	void invalidUtf8IsAnErrorAtTheBadByteAndTheRestIsStillChecked() {
		Path file = write(dir.resolve("latin1.wpo"), latin1("""
				model lab
				area 1 "Lab" {
					protocol MS-LAB "Protocole réseau" {
						runs-over Nowhere
					}
				}
				"""));
		WpoRun run = WpoRun.of("check", file.toString());
		assertEquals(1, run.status(), run::toString);
		assertEquals(List.of(
				file + ":3:30: error: wpo.invalid-encoding: Invalid UTF-8: byte 0xE9 at byte offset 54 is not"
						+ " part of a valid UTF-8 character; save the file as UTF-8.",
				file + ":4:13: error: wpo.unresolved-reference: Unresolved reference: no specification or"
						+ " technology named 'Nowhere' is visible here.",
				"checked 1 file: 1 element, 1 relation, 1 area; 2 errors, 0 warnings"), run.outLines());
		assertTrue(run.hasNoStackTrace(), run::toString);
	}

	@Test
	void unterminatedStringIsReportedAtItsOpeningQuote() {
		Path file = write(dir.resolve("unterminated.wpo"), """
				model lab
				area 1 "Lab" {
					protocol MS-LAB "Lab protocol
				}
				""");
		WpoRun run = WpoRun.of("check", file.toString());
		assertEquals(1, run.status(), run::toString);
		assertEquals(List.of(
				file + ":3:18: error: wpo.unterminated-string: Unterminated string: a string must end with a double"
						+ " quote on the line where it starts.",
				"checked 1 file: 1 element, 0 relations, 1 area; 1 error, 0 warnings"), run.outLines());
		assertTrue(run.hasNoStackTrace(), run::toString);
	}

	@Test
	void unknownKeywordIsASyntaxErrorAtTheWord() {
		Path file = write(dir.resolve("keyword.wpo"), """
				model lab
				area 1 "Lab" {
					technology Pipe "Named pipes"
					protocl MS-LAB "Lab protocol"
				}
				""");
		WpoRun run = WpoRun.of("check", file.toString());
		assertEquals(1, run.status(), run::toString);
		assertEquals(List.of(file + ":4:2: error: wpo.syntax-error: mismatched input 'protocl' expecting '}'",
				"checked 1 file: 1 element, 0 relations, 1 area; 1 error, 0 warnings"), run.outLines());
		assertTrue(run.hasNoStackTrace(), run::toString);
	}

	@Test
	void byteOrderMarkIsNotCountedInColumns() {
		byte[] text = "protocl MS-LAB".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		byte[] withMark = new byte[text.length + 3];
		withMark[0] = (byte) 0xEF;
		withMark[1] = (byte) 0xBB;
		withMark[2] = (byte) 0xBF;
		System.arraycopy(text, 0, withMark, 3, text.length);
		Path file = write(dir.resolve("bom.wpo"), withMark);
		WpoRun run = WpoRun.of("check", file.toString());
		assertEquals(1, run.status(), run::toString);
		assertEquals(file + ":1:1: error: wpo.syntax-error: missing EOF at 'protocl'", run.outLines().get(0));
	}

	@Test
	void everyProblemIsReportedSortedByFileThenPosition() {
		write(dir.resolve("b.wpo"), "");
		write(dir.resolve("a/z.wpo"), new byte[] { 0 });
		write(dir.resolve("a.wpo"), "model lab\narea 1 \"Lab\" {\n\ttechnology Pipe\n\tprotocl\n}\n");
		WpoRun run = WpoRun.of("check", dir.toString());
		assertEquals(1, run.status(), run::toString);
		assertEquals(List.of(
				dir.resolve("a.wpo") + ":4:2: error: wpo.syntax-error: extraneous input 'protocl' expecting '}'",
				dir.resolve("a/z.wpo") + ":1:1: error: wpo.binary-file: This is a binary file, not a WPO text: it"
						+ " contains a NUL byte at byte offset 0.",
				dir.resolve("b.wpo") + ":1:1: warning: wpo.empty-file: The file is empty: it declares nothing.",
				"checked 3 files: 1 element, 0 relations, 1 area; 2 errors, 1 warning"), run.outLines());
	}

	private static Map<Path, FileTime> modificationTimes(Path folder) throws IOException {
		Map<Path, FileTime> times = new LinkedHashMap<>();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted().toList()) {
				times.put(file, Files.getLastModifiedTime(file));
			}
		}
		return times;
	}
}
