package org.wpo.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/** Folder trees of the integration tests: deleted without following links, and fingerprinted. */
final class Tree {

	private Tree() {
	}

	/** Deletes a tree; links are deleted, not followed. */
	static void delete(Path root) throws IOException {
		if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		Files.walkFileTree(root, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
				Files.delete(file);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
				Files.delete(dir);
				return FileVisitResult.CONTINUE;
			}
		});
	}

	/**
	 * Every entry under a folder (links not followed) with its kind, size, modification time and,
	 * for a file, the SHA-256 of its bytes, by relative path: equal fingerprints mean nothing was
	 * created, deleted, changed or touched.
	 */
	static Map<String, String> fingerprint(Path root) throws IOException {
		Map<String, String> entries = new TreeMap<>();
		Files.walkFileTree(root, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
				entries.put(root.relativize(dir) + "/", "folder " + attributes.lastModifiedTime().toMillis());
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
				String kind = attributes.isSymbolicLink() ? "link to " + Files.readSymbolicLink(file)
						: "file " + attributes.size() + " " + sha256(Files.readAllBytes(file));
				FileTime modified = attributes.lastModifiedTime();
				entries.put(root.relativize(file).toString(), kind + " " + modified.toMillis());
				return FileVisitResult.CONTINUE;
			}
		});
		return entries;
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
