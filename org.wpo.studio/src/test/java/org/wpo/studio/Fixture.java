package org.wpo.studio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** A model of two files with comments and uneven layout (the one org.wpo.edit's tests edit). */
final class Fixture {

	static final String A = """
			// ACME appliances: the protocols of the management stack.
			model acme
			import net

			/* Chapter 90 holds everything ACME ships. */
			area 90 "ACME management" {
				description "Appliance management."

				protocol MS-ACME "ACME Management Protocol" {
					layer app      // the top layer
					status current
					runs-over Pipes ,  Sockets section 90
					requires MS-ACMS
				}

				protocol MS-ACMS "ACME Security" {
					layer app
					status legacy
					runs-over Sockets
				}

				// Old transport, kept for reference.
				technology Pipes {
					layer wire
					status deprecated
				}
			}
			""";

	static final String B = """
			model net
			import acme
			import mswpo

			layers {
				layer app "Application"
				layer wire "Wire"
			}

			area 91 "Networking" {
				technology Sockets {
					layer wire
					runs-over acme::Pipes   // tunnelled
					runs-over TCP
				}
			}

			extend MS-ACME {
				uses Sockets  /* optional */
			}
			""";

	private Fixture() {
	}

	/** Writes a.wpo and b.wpo (rw-r--r--) into the folder. */
	static void write(Path folder) throws IOException {
		Files.writeString(folder.resolve("a.wpo"), A);
		Files.writeString(folder.resolve("b.wpo"), B);
		for (String name : List.of("a.wpo", "b.wpo")) {
			Files.setPosixFilePermissions(folder.resolve(name), PosixFilePermissions.fromString("rw-r--r--"));
		}
	}

	/** A hash of every file's path, bytes and permissions under the folder. */
	static String hash(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (Path path : walk.sorted().toList()) {
				digest.update(folder.relativize(path).toString().getBytes());
				if (Files.isRegularFile(path)) {
					digest.update(Files.readAllBytes(path));
					digest.update(PosixFilePermissions.toString(Files.getPosixFilePermissions(path)).getBytes());
				}
			}
			return HexFormat.of().formatHex(digest.digest());
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
