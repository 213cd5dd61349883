package org.wpo.edit.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.wpo.dsl.workspace.AtomicFiles;

/**
 * Writes several files so that none is ever seen half-written, all or none, through the tool's one
 * file writer ({@link AtomicFiles}, which also keeps each file's permissions): every new content is
 * first staged in a temporary file beside its target; only when all of them are staged are they
 * placed, each in one step. Before anything is placed, each target is checked to still hold the bytes
 * the edit was computed from. If a placement fails, the files already placed get their original bytes
 * back.
 */
public final class StagedFiles {

	private StagedFiles() {
	}

	/**
	 * @param contents new bytes by target
	 * @param expected the bytes each target held when the edit was computed
	 * @return null when everything was written, else why nothing (or, after a failed restore, what)
	 *         was written
	 */
	public static String write(Map<Path, byte[]> contents, Map<Path, byte[]> expected) {
		Map<Path, AtomicFiles.Staged> staged = new LinkedHashMap<>();
		try {
			try {
				for (Map.Entry<Path, byte[]> entry : contents.entrySet()) {
					staged.put(entry.getKey(), AtomicFiles.stage(entry.getKey(), entry.getValue()));
				}
				for (Path target : staged.keySet()) {
					if (!Arrays.equals(Files.readAllBytes(target), expected.get(target))) {
						return target.getFileName() + " changed on disk while the edit was being made; nothing was saved";
					}
				}
			} catch (IOException e) {
				return "cannot write beside the files (" + e.getMessage() + "); nothing was saved";
			}
			return place(staged, expected);
		} finally {
			staged.values().forEach(AtomicFiles.Staged::close);
		}
	}

	/** Places every staged file; after a failure, gives the files already placed their bytes back. */
	private static String place(Map<Path, AtomicFiles.Staged> staged, Map<Path, byte[]> expected) {
		List<Path> placed = new ArrayList<>();
		try {
			for (Map.Entry<Path, AtomicFiles.Staged> file : staged.entrySet()) {
				file.getValue().place();
				placed.add(file.getKey());
			}
			return null;
		} catch (IOException e) {
			List<String> notRestored = new ArrayList<>();
			for (Path target : placed) {
				try {
					AtomicFiles.write(target, expected.get(target));
				} catch (IOException restore) {
					notRestored.add(target.toString());
				}
			}
			return "cannot move the new text into place (" + e.getMessage() + ")"
					+ (notRestored.isEmpty() ? "; every file keeps its original text"
							: "; these files could not be given back their original text: "
									+ String.join(", ", notRestored));
		}
	}
}
