package org.wpo.edit.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.wpo.dsl.workspace.SourceText;
import org.wpo.dsl.workspace.WpoDiagnostic;
import org.wpo.edit.Refusal;

/**
 * The user's .wpo files as an edit reads them and writes them back: decoded as `wpo check` decodes
 * them ({@link SourceText}), and encoded again in UTF-8 with the byte order mark a file had.
 */
public final class UserFiles {

	private UserFiles() {
	}

	/**
	 * One file as read from disk.
	 *
	 * @param path          absolute and normalized
	 * @param bytes         as read, to check before saving that the file still holds them
	 * @param byteOrderMark whether the file starts with UTF-8's byte order mark
	 * @param text          the decoded text, without the mark
	 */
	public record UserFile(Path path, byte[] bytes, boolean byteOrderMark, String text) {

		/** The bytes to save for a new text of this file: UTF-8, with the mark when the file had one. */
		public byte[] encode(String newText) {
			return SourceText.encode(newText, byteOrderMark);
		}
	}

	/** Reads the files, refusing a missing file and one that is not a WPO text (binary, UTF-16, ...). */
	public static Map<Path, UserFile> read(Collection<Path> paths) throws Refusal {
		if (paths.isEmpty()) {
			throw new Refusal("no model file was given");
		}
		Map<Path, UserFile> files = new LinkedHashMap<>();
		for (Path given : paths) {
			Path path = given.toAbsolutePath().normalize();
			byte[] bytes;
			try {
				bytes = Files.readAllBytes(path);
			} catch (IOException e) {
				throw new Refusal("cannot read " + given + " (" + e.getClass().getSimpleName() + ")");
			}
			SourceText decoded = SourceText.decode(given.toString(), bytes);
			for (WpoDiagnostic problem : decoded.problems()) {
				if (problem.severity() == WpoDiagnostic.Severity.ERROR) {
					throw new Refusal(given.getFileName() + " is not a WPO text the editor can change: "
							+ problem.message());
				}
			}
			files.put(path, new UserFile(path, bytes, SourceText.startsWithByteOrderMark(bytes),
					decoded.text() == null ? "" : decoded.text()));
		}
		return files;
	}
}
