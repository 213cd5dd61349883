package org.wpo.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files the tool writes are replaced whole or not at all: the process is killed (as by kill -9)
 * at several moments of a large write, and the file it was replacing must still be there, whole and
 * byte for byte the old one (or the whole new one, when the kill came after the move). What a kill
 * leaves behind is a hidden temporary file (.NAME.NUMBERS.tmp), which a later write removes once it
 * is an hour old.
 */
class SafeWriteIT {

	/** The temporary file of a write: hidden, named after its target. */
	private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.\\d+\\.tmp");

	@TempDir
	Path dir;

	@Test
	void killedExportLeavesTheOldFileWhole() throws Exception {
		Path model = dir.resolve("model/big.wpo");
		Files.createDirectories(model.getParent());
		Files.writeString(model, generatedModel(12_000));
		Path out = dir.resolve("out");
		Files.createDirectories(out);
		Path target = out.resolve("existing.json");
		byte[] old = ("{\"an\": \"older export, " + "x".repeat(1_000_000) + "\"}\n").getBytes(StandardCharsets.UTF_8);
		Files.write(target, old);

		// A whole run: what the new file is, and how long the temporary file takes to fill.
		JarProcess.Result whole = JarProcess.run(dir, 180, "export", "--format", "json", "-o", "out/fresh.json", "model");
		assertEquals(0, whole.status(), whole::toString);
		// A new file is readable by everyone, though its temporary file was private.
		assertEquals(PosixFilePermissions.fromString("rw-r--r--"), Files.getPosixFilePermissions(out.resolve("fresh.json")));
		byte[] fresh = Files.readAllBytes(out.resolve("fresh.json"));
		Files.delete(out.resolve("fresh.json"));
		assertTrue(fresh.length > 5_000_000, "a large write: " + fresh.length + " bytes");

		// Killed as soon as the temporary file exists, when a little of it is written, half of it, all of it.
		List<String> moments = new ArrayList<>();
		boolean first = true;
		for (long threshold : new long[] { 0, 64 * 1024, fresh.length / 2, fresh.length - 1 }) {
			String moment = killWhileWriting(out, "existing.json", (size, seen) -> size >= threshold, "export", "--format",
					"json", "-o", "out/existing.json", "model");
			moments.add(moment);
			byte[] now = Files.readAllBytes(target);
			assertTrue(Arrays.equals(old, now) || Arrays.equals(fresh, now),
					"killed " + moment + ": existing.json is neither the old nor the new file whole (" + now.length + " bytes)");
			if (first) {
				// Megabytes were still to be written: the old file must be there.
				assertTrue(moment.startsWith("with the temporary file at"), moment);
				assertArrayEquals(old, now, "killed " + moment);
				first = false;
			}
			assertOnlyTemporariesBesides(out, List.of("existing.json"));
			Files.write(target, old);
		}
		System.out.println("export killed " + moments);

		// A later write replaces the file, and removes what killed writes left once it is an hour old.
		try (Stream<Path> files = Files.list(out)) {
			for (Path left : files.filter(f -> TEMPORARY.matcher(f.getFileName().toString()).matches()).toList()) {
				Files.setLastModifiedTime(left, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
			}
		}
		Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw----"));
		JarProcess.Result again = JarProcess.run(dir, 180, "export", "--format", "json", "-o", "out/existing.json", "model");
		assertEquals(0, again.status(), again::toString);
		assertArrayEquals(fresh, Files.readAllBytes(target));
		assertEquals(PosixFilePermissions.fromString("rw-rw----"), Files.getPosixFilePermissions(target),
				"a replaced file keeps its permissions");
		try (Stream<Path> files = Files.list(out)) {
			assertEquals(List.of("existing.json"), files.map(f -> f.getFileName().toString()).toList());
		}
	}

	@Test
	void killedReportLeavesTheOldSiteWhole() throws Exception {
		JarProcess.Result whole = JarProcess.run(dir, 180, "report", "--out", "site");
		assertEquals(0, whole.status(), whole::toString);
		Path site = dir.resolve("site");
		Map<String, String> before = contents(site);
		assertTrue(before.size() > 100, "a site of many files: " + before.size());

		// The same model gives the same bytes, so every file must be as it was, whichever were replaced.
		for (int nth : new int[] { 1, 2, 5, 10, 20 }) {
			String moment = killWhileWriting(site, null, (size, seen) -> seen >= nth, "report", "--out", "site");
			Map<String, String> after = contents(site);
			System.out.println("report killed " + moment);
			assertEquals(before, after, "killed " + moment);
			if (nth == 1) {
				assertTrue(moment.startsWith("with the temporary file at"), moment);
			}
		}
	}

	/**
	 * Starts the command and kills it when a temporary file of {@code target} (any target when null)
	 * in {@code folder} is seen and the predicate accepts its size and the number of temporary files
	 * seen so far; says when it was killed.
	 */
	private String killWhileWriting(Path folder, String target, BiPredicate<Long, Integer> when, String... args)
			throws IOException, InterruptedException {
		Path out = Files.createTempFile(dir, "wpo", ".out");
		Path err = Files.createTempFile(dir, "wpo", ".err");
		Process process = JarProcess.start(dir, out, err, args);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
		Set<Path> seen = new HashSet<>();
		try {
			while (process.isAlive() && System.nanoTime() < deadline) {
				for (Path temporary : temporaries(folder, target)) {
					long size;
					try {
						size = Files.size(temporary);
					} catch (IOException e) {
						continue; // moved into place meanwhile
					}
					seen.add(temporary);
					if (when.test(size, seen.size())) {
						process.destroyForcibly().waitFor();
						return "with the temporary file at " + size + " bytes, the " + seen.size() + "th seen";
					}
				}
				Thread.onSpinWait();
			}
			process.destroyForcibly().waitFor();
			return "after the write (exit " + process.exitValue() + ")";
		} finally {
			Files.deleteIfExists(out);
			Files.deleteIfExists(err);
		}
	}

	private static List<Path> temporaries(Path folder, String target) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(f -> {
				String name = f.getFileName().toString();
				return TEMPORARY.matcher(name).matches() && (target == null || name.startsWith("." + target + "."));
			}).toList();
		} catch (java.nio.file.NoSuchFileException e) {
			return List.of();
		}
	}

	/** Nothing but the given files and hidden temporary files: no truncated or misnamed target. */
	private static void assertOnlyTemporariesBesides(Path folder, List<String> names) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.toList()) {
				String name = file.getFileName().toString();
				assertTrue(names.contains(name) || TEMPORARY.matcher(name).matches(), "unexpected file " + name);
				assertFalse(Files.isDirectory(file), name);
			}
		}
	}

	/** The SHA-256 of every file of a folder but the temporary ones, by name. */
	private static Map<String, String> contents(Path folder) throws IOException {
		Map<String, String> contents = new TreeMap<>();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String name = file.getFileName().toString();
				if (!TEMPORARY.matcher(name).matches()) {
					contents.put(folder.relativize(file).toString(), Tree.sha256(Files.readAllBytes(file)));
				}
			}
		}
		return contents;
	}

	/** Areas of 100 protocols, each running over the one before. */
	static String generatedModel(int specifications) {
		StringBuilder text = new StringBuilder("model big\nimport mswpo\n");
		for (int n = 1; n <= specifications; n++) {
			if (n % 100 == 1) {
				text.append("area ").append(n / 100 + 1).append(" \"Area ").append(n / 100 + 1).append("\" {\n");
			}
			text.append("\tprotocol MS-G").append(n).append(" \"Generated protocol ").append(n).append("\" {\n")
					.append("\t\tlayer application\n\t\tstatus current\n")
					.append("\t\tdescription \"Protocol ").append(n).append(" of a generated model.\"\n")
					.append("\t\truns-over ").append(n % 100 == 1 ? "MS-RPCE" : "MS-G" + (n - 1)).append('\n')
					.append("\t}\n");
			if (n % 100 == 0 || n == specifications) {
				text.append("}\n");
			}
		}
		return text.toString();
	}
}
