package org.wpo.studio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The studio reads and writes a file's text as org.wpo.edit does: the byte order mark kept on disk, never shown. */
class TextFilesTest {

	private static final byte[] MARK = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	@TempDir
	Path dir;

	private static byte[] withMark(String text) {
		byte[] body = text.getBytes(StandardCharsets.UTF_8);
		byte[] bytes = new byte[MARK.length + body.length];
		System.arraycopy(MARK, 0, bytes, 0, MARK.length);
		System.arraycopy(body, 0, bytes, MARK.length, body.length);
		return bytes;
	}

	@Test
	void theMarkIsKeptOnDiskButNotInTheText() throws Exception {
		Path file = dir.resolve("lab.wpo");
		Files.write(file, withMark("model lab // café\n"));
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
		assertEquals("model lab // café\n", TextFiles.read(file));
		TextFiles.write(file, "model lab2\n");
		assertArrayEquals(withMark("model lab2\n"), Files.readAllBytes(file));
		assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
		assertEquals("model lab2\n", TextFiles.read(file));
	}

	@Test
	void aFileWithoutAMarkGetsNone() throws Exception {
		Path file = dir.resolve("lab.wpo");
		Files.writeString(file, "model lab\n");
		TextFiles.write(file, "model lab\n");
		assertArrayEquals("model lab\n".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
		Path created = dir.resolve("new.wpo");
		TextFiles.write(created, "model fresh\n");
		assertArrayEquals("model fresh\n".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(created));
		assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(created)));
	}

	@Test
	void aMissingFileHasNoText() throws Exception {
		assertNull(TextFiles.read(dir.resolve("gone.wpo")));
		assertNull(TextFiles.hash(null));
	}
}
