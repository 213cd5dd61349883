package org.wpo.maven;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Model files for tests, and a snapshot of a folder to prove that nothing in it changed. */
final class Projects {

	/** Clean: one protocol over the built-in model's MS-DCOM. */
	static final String CLEAN = """
			model acme

			import mswpo

			area 1 "ACME" {
				protocol MS-ACME "ACME Management Protocol" {
					layer application
					runs-over MS-DCOM
				}
			}
			""";

	/** One error at 8:13 (MS-DCOMX is declared nowhere; the message names the closest names). */
	static final String ERROR = """
			model acme

			import mswpo

			area 1 "ACME" {
				protocol MS-ACME "ACME Management Protocol" {
					layer application
					runs-over MS-DCOMX
				}
			}
			""";

	static final String ERROR_LINE = "src/main/wpo/acme.wpo:8:13: error: wpo.unresolved-reference: Unresolved"
			+ " reference: no specification or technology named 'MS-DCOMX' is visible here; closest names: MS-DCOM,"
			+ " MS-COM, MS-COMA, MS-COMT.";

	/** One warning at 3:6: an empty area. */
	static final String WARNING = """
			model acme

			area 2 "Planned"
			""";

	static final String WARNING_LINE = "src/main/wpo/planned.wpo:3:6: warning: wpo.empty-area: Area '2' is empty:"
			+ " nothing is declared or placed in it, and no element cites it.";

	private Projects() {
	}

	static Path write(Path base, String relative, String text) throws IOException {
		Path file = base.resolve(relative);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	static <M extends AbstractWpoMojo> M configure(M mojo, Path base, RecordingLog log, String... folders) {
		mojo.baseDirectory = base.toFile();
		mojo.sourceDirectories = folders.length == 0 ? null
				: Stream.of(folders).map(File::new).toList();
		mojo.setLog(log);
		return mojo;
	}

	/** Every file under {@code folder} with its content and modification time. */
	static Map<String, String> snapshot(Path folder) {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> all = Files.walk(folder)) {
			for (Path path : all.toList()) {
				String content = Files.isRegularFile(path) ? Files.readString(path, StandardCharsets.ISO_8859_1) : "<folder>";
				FileTime modified = Files.getLastModifiedTime(path);
				files.put(folder.relativize(path).toString(), content + "@" + modified.toMillis());
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return files;
	}

	static List<String> lines(Path file) throws IOException {
		return Files.readAllLines(file, StandardCharsets.UTF_8);
	}
}
