package org.wpo.dsl.ide.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.wpo.dsl.library.BuiltInLibrary;

/**
 * The built-in model as plain files on disk, so that a language server can index it beside the
 * user's files and editors can open its declarations (go to definition).
 *
 * The files are written once into a folder named after a hash of their content, below a base folder
 * ({@code $XDG_CACHE_HOME/wpo/library}, else {@code ~/.cache/wpo/library}): a new version of the
 * tool gets a new folder, and an unchanged one reuses its folder. Files are written atomically and
 * made read-only; a copy whose content differs (edited by hand) is written again.
 */
public final class LibraryFolder {

	/** Name of the folder below the base folder that holds the model's files. */
	public static final String MODEL_FOLDER = BuiltInLibrary.NAMESPACE;

	private final Path directory;

	private LibraryFolder(Path directory) {
		this.directory = directory;
	}

	/** The folder holding the library's .wpo files. */
	public Path directory() {
		return directory;
	}

	/** Whether the file lies in the library folder. */
	public boolean contains(Path file) {
		return file.toAbsolutePath().normalize().startsWith(directory);
	}

	/**
	 * Writes the library below the default base folder (see the class comment), or below the
	 * temporary folder when that cannot be written.
	 */
	public static LibraryFolder materializeDefault() {
		try {
			return materialize(defaultBase());
		} catch (UncheckedIOException e) {
			return materialize(Path.of(System.getProperty("java.io.tmpdir"), "wpo-" + System.getProperty("user.name"),
					"library"));
		}
	}

	/** The default base folder: {@code $XDG_CACHE_HOME/wpo/library} or {@code ~/.cache/wpo/library}. */
	public static Path defaultBase() {
		String cache = System.getenv("XDG_CACHE_HOME");
		Path base = cache != null && !cache.isBlank() && Path.of(cache).isAbsolute() ? Path.of(cache)
				: Path.of(System.getProperty("user.home"), ".cache");
		return base.resolve("wpo").resolve("library");
	}

	/** Writes the library below the base folder, unless an identical copy is there already. */
	public static LibraryFolder materialize(Path base) {
		Map<String, byte[]> files = readLibrary();
		Path directory = base.toAbsolutePath().normalize().resolve(hash(files)).resolve(MODEL_FOLDER);
		try {
			Files.createDirectories(directory);
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				write(directory.resolve(file.getKey()), file.getValue());
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot write the built-in model to " + directory, e);
		}
		return new LibraryFolder(directory);
	}

	private static Map<String, byte[]> readLibrary() {
		Map<String, byte[]> files = new LinkedHashMap<>();
		// The optional models too, so that a file that imports one finds it; their names are visible
		// only where imported (WpoScopeProvider).
		List<String> names = new java.util.ArrayList<>(BuiltInLibrary.fileNames());
		names.addAll(BuiltInLibrary.optionalFiles().values());
		for (String name : names) {
			try (InputStream in = BuiltInLibrary.open(name)) {
				files.put(name, in.readAllBytes());
			} catch (IOException e) {
				throw new UncheckedIOException("The built-in model file " + name + " cannot be read", e);
			}
		}
		return files;
	}

	private static String hash(Map<String, byte[]> files) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
				digest.update(file.getValue());
				digest.update((byte) 0);
			}
			return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is not available", e);
		}
	}

	private static void write(Path file, byte[] content) throws IOException {
		if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), content)) {
			return;
		}
		// Hidden and not ending in .wpo, so that a copy left by a killed server is never indexed.
		Path partial = Files.createTempFile(file.getParent(), "." + file.getFileName() + ".", ".tmp");
		try {
			Files.write(partial, content);
			partial.toFile().setReadOnly();
			try {
				Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(partial);
		}
	}
}
