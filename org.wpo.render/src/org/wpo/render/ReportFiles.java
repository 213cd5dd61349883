package org.wpo.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.wpo.dsl.workspace.AtomicFiles;

/**
 * Writes a report into its folder, each file whole or not at all, and removes the pages an earlier
 * report wrote there that this one no longer has, recognised by the report's generator mark.
 */
final class ReportFiles {

	private ReportFiles() {
	}

	/** Writes the files of a site (file name to text) into the folder, then removes its stale pages. */
	static List<Path> write(Map<String, String> site, Path folder) throws IOException {
		Files.createDirectories(folder);
		List<Path> written = new ArrayList<>();
		for (Map.Entry<String, String> file : site.entrySet()) {
			Path path = AtomicFiles.inside(folder, file.getKey());
			AtomicFiles.write(path, file.getValue());
			written.add(path);
		}
		for (Path stale : stalePages(folder, site.keySet())) {
			Files.deleteIfExists(stale);
		}
		return written;
	}

	/** The pages in the folder, written by an earlier report, that are not among the given names. */
	static List<Path> stalePages(Path folder, Set<String> current) throws IOException {
		List<Path> stale = new ArrayList<>();
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.html")) {
			for (Path file : files) {
				if (!current.contains(file.getFileName().toString()) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
						&& isReportPage(file)) {
					stale.add(file);
				}
			}
		}
		stale.sort(null);
		return stale;
	}

	/** Whether the file starts as the report's pages do, mark included (only its head is read). */
	private static boolean isReportPage(Path file) throws IOException {
		byte[] head = new byte[512];
		int length;
		try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
			length = in.readNBytes(head, 0, head.length);
		}
		return new String(head, 0, length, StandardCharsets.UTF_8).contains(PageParts.GENERATOR);
	}
}
