package org.wpo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Large and hostile input through {@code wpo check}, on the shaded jar as a process with the JVM's
 * default heap and stack and a time limit: each must end with a result or a clear diagnostic (exit
 * 0, 1 or 2; file:line:column lines of normal length), never a hang, an OutOfMemoryError or a Java
 * stack trace. The inputs are generated into target/hostile/; the time and peak memory of each run
 * are written to target/hostile/measurements.txt.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputIT {

	private static final int MEGABYTE = 1024 * 1024;
	private static final int MILLION = 1_000_000;

	private static final Pattern DIAGNOSTIC = Pattern
			.compile("[^:]+:\\d+:\\d+: (error|warning|info): wpo\\.[a-z-]+: .+");
	private static final Pattern SUMMARY = Pattern.compile("checked \\d+ files?: .*");
	/** The longest line a run may print: a name of a million characters is shortened in messages. */
	private static final int MAX_LINE = 1000;

	private static Path root;
	private static final List<String> measurements = new ArrayList<>();

	@BeforeAll
	static void createFolder() throws IOException {
		root = Path.of(System.getProperty("wpo.jar")).toAbsolutePath().getParent().resolve("hostile");
		Tree.delete(root);
		Files.createDirectories(root);
	}

	@AfterAll
	static void writeMeasurements() throws IOException {
		Files.write(root.resolve("measurements.txt"), measurements, StandardCharsets.UTF_8);
		measurements.forEach(System.out::println);
		Tree.delete(root.resolve("big"));
		Tree.delete(root.resolve("comment"));
		Tree.delete(root.resolve("string"));
	}

	@Test
	@Order(1)
	void fiftyMegabytesOfSpecifications() throws Exception {
		Path file = root.resolve("big/big.wpo");
		Files.createDirectories(file.getParent());
		int specifications = 0;
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("model big\nimport mswpo\n");
			long written = 0;
			for (int area = 1; written < 50L * MEGABYTE; area++) {
				StringBuilder text = new StringBuilder();
				text.append("area ").append(area).append(" \"Area ").append(area).append("\" {\n");
				for (int i = 0; i < 100; i++) {
					int n = ++specifications;
					text.append("\tprotocol MS-G").append(n).append(" \"Generated protocol ").append(n).append("\" {\n")
							.append("\t\tlayer application\n\t\tstatus current\n")
							.append("\t\tdescription \"Protocol ").append(n).append(" of a generated model.\"\n")
							.append("\t\truns-over ").append(i == 0 ? "MS-RPCE" : "MS-G" + (n - 1)).append('\n')
							.append("\t\trequires MS-DTYP\n\t\tapplies from \"Windows Server 2008\"\n\t}\n");
				}
				text.append("}\n");
				out.write(text.toString());
				written += text.length();
			}
		}
		JarProcess.Result run = check("50 MB of specifications", 240, "big");
		assertEquals(0, run.status(), run::toString);
		assertTrue(last(run).startsWith("checked 1 file: " + specifications + " elements, "), run::toString);
	}

	@Test
	@Order(2)
	void fiftyMegabyteCommentAndString() throws Exception {
		String head = "model c\nimport mswpo\narea 1 \"A\" {\n\tprotocol MS-X \"X\" {\n\t\truns-over MS-RPCE\n";
		Path comment = root.resolve("comment/c.wpo");
		Files.createDirectories(comment.getParent());
		try (Writer out = Files.newBufferedWriter(comment, StandardCharsets.UTF_8)) {
			out.write(head + "\t}\n}\n/*");
			String line = "a comment of many lines { with braces } and \"quotes\n";
			for (long written = 0; written < 50L * MEGABYTE; written += line.length()) {
				out.write(line);
			}
			out.write("*/\n");
		}
		JarProcess.Result run = check("50 MB comment", 120, "comment");
		assertEquals(0, run.status(), run::toString);
		assertEquals("checked 1 file: 1 element, 1 relation, 1 area; 0 errors, 0 warnings", last(run));

		Path string = root.resolve("string/s.wpo");
		Files.createDirectories(string.getParent());
		Files.writeString(string, head + "\t\tdescription \"" + "y".repeat(50 * MEGABYTE) + "\"\n\t}\n}\n");
		run = check("50 MB string on one line", 120, "string");
		assertEquals(0, run.status(), run::toString);
		assertEquals("checked 1 file: 1 element, 1 relation, 1 area; 0 errors, 0 warnings", last(run));

		// Where the default heap is too small for a model (a quarter of a small machine's memory), one line says what to do.
		run = JarProcess.run(root, 60, List.of("-Xmx96m"), "check", "string");
		measure("50 MB string with a heap of 96 MB", run);
		assertEquals(2, run.status(), run::toString);
		assertEquals(1, run.err().size(), run::toString);
		assertTrue(run.err().get(0).matches("wpo: out of memory: the model does not fit in the Java heap of \\d+ MB;"
				+ " give the JVM more, for example JAVA_TOOL_OPTIONS=-Xmx4g"), run::toString);
	}

	@Test
	@Order(3)
	void tenThousandFilesInOneTree() throws Exception {
		for (int k = 0; k < 10_000; k++) {
			Path file = root.resolve(String.format(Locale.ROOT, "tree/d%03d/f%03d.wpo", k / 100, k % 100));
			if (k % 100 == 0) {
				Files.createDirectories(file.getParent());
			}
			Files.writeString(file, "model t\nimport mswpo\narea " + (k + 1) + " \"Area " + k + "\" {\n\tprotocol MS-T" + k
					+ " \"T\" {\n\t\truns-over " + (k == 0 ? "MS-RPCE" : "MS-T" + (k - 1)) + "\n\t}\n}\n");
		}
		JarProcess.Result run = check("10,000 files", 180, "tree");
		assertEquals(0, run.status(), run::toString);
		assertEquals("checked 10000 files: 10000 elements, 10000 relations, 10000 areas; 0 errors, 0 warnings", last(run));
	}

	@Test
	@Order(4)
	void areasNestedAThousandDeep() throws Exception {
		write("deep/deep.wpo", nested(1000));
		JarProcess.Result run = check("areas nested 1,000 deep", 60, "deep");
		assertEquals(0, run.status(), run::toString);
		assertEquals("checked 1 file: 1 element, 0 relations, 1000 areas; 0 errors, 0 warnings", last(run));
	}

	@Test
	@Order(5)
	void nestingBeyondTheLimitIsOneDiagnostic() throws Exception {
		// 100,000 levels, and 100,000 braces never closed: the parser would overflow its stack.
		write("deeper/deep.wpo", nested(100_000));
		write("deeper/open.wpo", "model d\n" + "area a {\n".repeat(100_000));
		JarProcess.Result run = check("areas nested 100,000 deep", 60, "deeper");
		assertEquals(1, run.status(), run::toString);
		String message = ": error: wpo.nesting-too-deep: Nested too deeply: this brace opens level 2,001, and WPO"
				+ " files nest at most 2,000 levels; the file is not checked further.";
		assertEquals(List.of("deeper/deep.wpo:2002:12" + message, "deeper/open.wpo:2002:8" + message,
				"checked 2 files: 0 elements, 0 relations, 0 areas; 2 errors, 0 warnings"), run.out());
	}

	@Test
	@Order(6)
	void millionCharacterNames() throws Exception {
		String name = "MS-" + "N".repeat(MILLION);
		write("names/id.wpo", "model n\narea 1 \"A\" {\n\tprotocol " + name + " \"Long\"\n\tprotocol MS-Y \"Y\" {\n"
				+ "\t\truns-over " + name.substring(0, name.length() - 1) + "M\n\t}\n}\n");
		write("names/string.wpo", "model m\narea 1 \"A\" {\n\ttechnology \"" + "n ".repeat(MILLION / 2) + "\"\n}\n");
		write("names/model.wpo", "model " + "m".repeat(MILLION) + "\nimport " + "i".repeat(MILLION) + "\n");
		write("names/description.wpo", "model d\narea 2 \"B\" {\n\tprotocol MS-D \"" + "t".repeat(MILLION) + "\" {\n"
				+ "\t\tdescription \"" + "d ".repeat(MILLION / 2) + "\"\n\t\tremark \"" + "r".repeat(MILLION) + "\"\n\t}\n}\n");
		JarProcess.Result run = check("names and strings of a million characters", 60, "names");
		assertEquals(1, run.status(), run::toString);
		assertTrue(run.out().contains("names/id.wpo:5:13: error: wpo.unresolved-reference: Unresolved reference: no"
				+ " specification or technology named '" + name.substring(0, 60) + "\u2026' (1,000,003 characters)"
				+ " is visible here."), run::toString);
		assertTrue(run.out().contains("names/model.wpo:2:8: error: wpo.unknown-import: Unknown model '"
				+ "i".repeat(60) + "\u2026' (1,000,000 characters): no loaded file declares 'model " + "i".repeat(54)
				+ "\u2026' (1,000,006 characters)."), run::toString);
		assertEquals("checked 4 files: 4 elements, 1 relation, 3 areas; 2 errors, 0 warnings", last(run));
	}

	@Test
	@Order(7)
	void aQueryForAHundredThousandCharacterName() throws Exception {
		// The longest argument Linux passes is 128 KiB; the closest names are not searched for by edit distance.
		JarProcess.Result run = JarProcess.run(root, 60, "stack", "MS-" + "X".repeat(100_000));
		measure("stack with a name of 100,000 characters", run);
		assertEquals(2, run.status(), run::toString);
		assertEquals(List.of("wpo: unknown element 'MS-" + "X".repeat(57) + "\u2026' (100,003 characters)"), run.err());
	}

	@Test
	@Order(8)
	void filesThatAreNotUtf8Text() throws Exception {
		String text = "model u\narea 1 \"Unicode\" {\n\tprotocol MS-U \"\u00dc\"\n}\n";
		write("odd/nul.wpo", new byte[MEGABYTE]);
		write("odd/utf16le-bom.wpo", concat(new byte[] { (byte) 0xFF, (byte) 0xFE }, text.getBytes(StandardCharsets.UTF_16LE)));
		write("odd/utf16be-bom.wpo", concat(new byte[] { (byte) 0xFE, (byte) 0xFF }, text.getBytes(StandardCharsets.UTF_16BE)));
		write("odd/utf16le.wpo", text.getBytes(StandardCharsets.UTF_16LE));
		write("odd/utf16be.wpo", text.getBytes(StandardCharsets.UTF_16BE));
		write("odd/garbage.wpo", "\u00ff\u00fe#!()\"\"".repeat(100_000).getBytes(StandardCharsets.ISO_8859_1));
		JarProcess.Result run = check("NUL bytes, UTF-16, invalid UTF-8", 60, "odd");
		assertEquals(1, run.status(), run::toString);
		String utf16 = ": error: wpo.invalid-encoding: This file is encoded as UTF-16 (";
		for (String expected : List.of(
				"odd/garbage.wpo:1:1: error: wpo.invalid-encoding: Invalid UTF-8: byte 0xFF at byte offset 0 is not"
						+ " part of a valid UTF-8 character; save the file as UTF-8.",
				"odd/nul.wpo:1:1: error: wpo.binary-file: This is a binary file, not a WPO text: it contains a NUL byte"
						+ " at byte offset 0.",
				"odd/utf16be-bom.wpo:1:1" + utf16 + "big-endian, with a byte order mark); WPO files are UTF-8: save it as UTF-8.",
				"odd/utf16be.wpo:1:1" + utf16 + "big-endian, without a byte order mark); WPO files are UTF-8: save it as UTF-8.",
				"odd/utf16le-bom.wpo:1:1" + utf16 + "little-endian, with a byte order mark); WPO files are UTF-8: save it as UTF-8.",
				"odd/utf16le.wpo:1:1" + utf16 + "little-endian, without a byte order mark); WPO files are UTF-8: save it as UTF-8.")) {
			assertTrue(run.out().contains(expected), () -> "missing: " + expected + "\n" + run);
		}
		assertTrue(last(run).startsWith("checked 6 files: 0 elements, 0 relations, 0 areas; "), run::toString);
	}

	@Test
	@Order(9)
	void linksDirectoriesAndPermissions() throws Exception {
		String model = "model l\nimport mswpo\narea 1 \"A\" {\n\tprotocol MS-L \"L\" {\n\t\truns-over MS-RPCE\n\t}\n}\n";
		write("links/sub/a.wpo", model);
		Files.createSymbolicLink(root.resolve("links/sub/up"), Path.of(".."));
		Files.createSymbolicLink(root.resolve("links/self"), Path.of("."));
		write("links/x.wpo/inner.wpo", "model l\narea 2 \"Inside a folder named x.wpo\" {\n\ttechnology Inner\n}\n");
		JarProcess.Result run = check("link loops, a folder named x.wpo", 60, "links");
		assertEquals(0, run.status(), run::toString);
		assertEquals(List.of(
				"links/self:1:1: warning: wpo.link-loop: This folder is reached again through a link (a loop); it is not"
						+ " searched a second time.",
				"links/sub/up:1:1: warning: wpo.link-loop: This folder is reached again through a link (a loop); it is"
						+ " not searched a second time.",
				"checked 2 files: 2 elements, 1 relation, 2 areas; 0 errors, 2 warnings"), run.out());

		write("dangling/a.wpo", model);
		Files.createSymbolicLink(root.resolve("dangling/gone.wpo"), Path.of("nowhere.wpo"));
		run = check("a dangling link", 60, "dangling");
		assertEquals(1, run.status(), run::toString);
		assertEquals(List.of("dangling/gone.wpo:1:1: error: wpo.broken-link: This link to 'nowhere.wpo' leads to no"
				+ " file, so its model is not checked; the other files are.",
				"checked 1 file: 1 element, 1 relation, 1 area; 1 error, 0 warnings"), run.out());
		assertEquals(List.of(), run.err());
	}

	@Test
	@Order(10)
	void unreadableFile() throws Exception {
		Path secret = write("unreadable/secret.wpo", "model s\n");
		Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
		try {
			// Whoever may read any file (root) cannot take this test.
			assumeFalse(Files.isReadable(secret) && canOpen(secret), "this user reads files without permission");
			JarProcess.Result run = check("a file without read permission", 60, "unreadable");
			assertEquals(2, run.status(), run::toString);
			assertEquals(List.of("wpo: cannot read file: unreadable/secret.wpo (permission denied)"), run.err());
		} finally {
			Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-r--r--"));
		}
	}

	@Test
	@Order(11)
	void longLinesAndManyErrors() throws Exception {
		StringBuilder line = new StringBuilder("model l\narea 1 \"A\" {\n");
		for (int i = 0; i < 200_000; i++) {
			line.append("technology T").append(i).append(' ');
		}
		write("long/line.wpo", line.append("\n}\n").toString());
		StringBuilder errors = new StringBuilder("model e\narea 2 \"B\" {\n");
		for (int i = 0; i < 100_000; i++) {
			errors.append("\tprotocol MS-E").append(i).append(" { runs-over Missing").append(i).append(" }\n");
		}
		write("long/errors.wpo", errors.append("}\n").toString());
		JarProcess.Result run = check("a line of 200,000 elements; 100,000 unresolved references", 120, "long");
		assertEquals(1, run.status(), run::toString);
		assertEquals("checked 2 files: 300000 elements, 100000 relations, 2 areas; 100000 errors, 0 warnings", last(run));
	}

	/** Runs {@code wpo check PATH} in the folder of the inputs and checks that its output is well-formed. */
	private static JarProcess.Result check(String what, int timeoutSeconds, String path) throws Exception {
		JarProcess.Result run = JarProcess.run(root, timeoutSeconds, "check", "--quiet", path);
		measure(what, run);
		assertTrue(run.status() >= 0 && run.status() <= 2, run::toString);
		for (String line : run.out()) {
			assertTrue(line.length() <= MAX_LINE, () -> "a line of " + line.length() + " characters\n" + run);
			assertTrue(DIAGNOSTIC.matcher(line).matches() || SUMMARY.matcher(line).matches(),
					() -> "not a diagnostic: " + line + "\n" + run);
		}
		for (String line : run.err()) {
			assertTrue(line.startsWith("wpo: ") && line.length() <= MAX_LINE, () -> "stderr: " + line + "\n" + run);
			assertFalse(line.contains("Error") || line.contains("Exception") || line.startsWith("\tat "), run::toString);
		}
		return run;
	}

	private static void measure(String what, JarProcess.Result run) {
		measurements.add(String.format(Locale.ROOT, "%-60s exit %d %7.1f s %6d MB peak RSS", what, run.status(),
				run.seconds(), run.peakKilobytes() / 1024));
	}

	private static String last(JarProcess.Result run) {
		return run.out().isEmpty() ? "" : run.out().get(run.out().size() - 1);
	}

	/** Areas nested {@code depth} deep, with a protocol in the innermost. */
	private static String nested(int depth) {
		StringBuilder text = new StringBuilder("model d\n");
		for (int i = 0; i < depth; i++) {
			text.append("area a").append(i).append(" {\n");
		}
		text.append("protocol MS-DEEP \"Deep\"\n");
		return text.append("}\n".repeat(depth)).toString();
	}

	private static Path write(String relative, String text) throws IOException {
		return write(relative, text.getBytes(StandardCharsets.UTF_8));
	}

	private static Path write(String relative, byte[] bytes) throws IOException {
		Path file = root.resolve(relative);
		Files.createDirectories(file.getParent());
		return Files.write(file, bytes);
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] both = new byte[a.length + b.length];
		System.arraycopy(a, 0, both, 0, a.length);
		System.arraycopy(b, 0, both, a.length, b.length);
		return both;
	}

	private static boolean canOpen(Path file) {
		try (var in = Files.newInputStream(file)) {
			return true;
		} catch (IOException e) {
			return false;
		}
	}
}
