package org.wpo.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wpo.dsl.ide.server.LibraryFolder;
import org.wpo.dsl.library.BuiltInLibrary;

/** The built-in model written to disk for the language server. */
class LibraryFolderTest {

	@TempDir
	Path base;

	@Test
	void writesEveryFileOnceReadOnlyAndRepairsAChangedCopy() throws Exception {
		LibraryFolder first = LibraryFolder.materialize(base);
		Path directory = first.directory();
		assertEquals(base.toRealPath(), directory.getParent().getParent().toRealPath());
		assertEquals("mswpo", directory.getFileName().toString());
		List<String> names = new java.util.ArrayList<>(BuiltInLibrary.fileNames());
		names.addAll(BuiltInLibrary.optionalFiles().values());
		try (Stream<Path> files = Files.list(directory)) {
			assertEquals(names, files.map(p -> p.getFileName().toString()).sorted().toList());
		}
		for (String name : names) {
			Path file = directory.resolve(name);
			assertFalse(Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_WRITE), name);
			try (InputStream in = BuiltInLibrary.open(name)) {
				assertArrayEquals(in.readAllBytes(), Files.readAllBytes(file), name);
			}
		}

		Path changed = directory.resolve(BuiltInLibrary.fileNames().get(1));
		changed.toFile().setWritable(true);
		Files.writeString(changed, "model mswpo\n");
		LibraryFolder second = LibraryFolder.materialize(base);
		assertEquals(directory, second.directory());
		try (InputStream in = BuiltInLibrary.open(BuiltInLibrary.fileNames().get(1))) {
			assertArrayEquals(in.readAllBytes(), Files.readAllBytes(changed));
		}
		try (Stream<Path> files = Files.list(directory)) {
			List<Path> all = files.toList();
			assertEquals(names.size(), all.size(), all::toString);
		}
		assertTrue(second.contains(changed));
		assertFalse(second.contains(base.resolve("elsewhere.wpo")));
	}
}
