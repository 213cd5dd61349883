package org.wpo.edit.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes several files so that none is ever seen half-written (as org.wpo.export.AtomicFiles does for
 * one): every new content is first written to a temporary file beside its target; only when all of
 * them are written are they moved into place, each in one step. Before anything is moved, each target
 * is checked to still hold the bytes the edit was computed from. If a move fails, the files already
 * moved get their original bytes back.
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
		Map<Path, Path> staged = new LinkedHashMap<>();
		boolean ready = false;
		try {
			for (Map.Entry<Path, byte[]> entry : contents.entrySet()) {
				Path target = entry.getKey().toAbsolutePath();
				Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
				staged.put(target, temporary);
				Files.write(temporary, entry.getValue());
				keepPermissions(target, temporary);
			}
			for (Path target : staged.keySet()) {
				byte[] now = Files.readAllBytes(target);
				if (!Arrays.equals(now, expected.get(target))) {
					return target.getFileName() + " changed on disk while the edit was being made; nothing was saved";
				}
			}
			ready = true;
		} catch (IOException e) {
			return "cannot write beside the files (" + e.getMessage() + "); nothing was saved";
		} finally {
			if (!ready) {
				deleteAll(staged.values());
			}
		}
		List<Path> moved = new ArrayList<>();
		try {
			for (Map.Entry<Path, Path> entry : staged.entrySet()) {
				move(entry.getValue(), entry.getKey());
				moved.add(entry.getKey());
			}
			return null;
		} catch (IOException e) {
			List<String> notRestored = new ArrayList<>();
			for (Path target : moved) {
				try {
					Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
					Files.write(temporary, expected.get(target));
					move(temporary, target);
				} catch (IOException restore) {
					notRestored.add(target.toString());
				}
			}
			return "cannot move the new text into place (" + e.getMessage() + ")"
					+ (notRestored.isEmpty() ? "; every file keeps its original text"
							: "; these files could not be given back their original text: "
									+ String.join(", ", notRestored));
		} finally {
			deleteAll(staged.values());
		}
	}

	/** Gives the temporary file (created private to its owner) the permissions of the file it replaces. */
	private static void keepPermissions(Path target, Path temporary) throws IOException {
		if (Files.exists(target) && Files.getFileStore(temporary).supportsFileAttributeView("posix")) {
			Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
		}
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static void deleteAll(Iterable<Path> paths) {
		for (Path path : paths) {
			try {
				Files.deleteIfExists(path);
			} catch (IOException e) {
				// A leftover temporary file is harmless; the targets are what matter.
			}
		}
	}
}
