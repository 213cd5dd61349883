package org.wpo.dsl.workspace;

import java.nio.file.Path;

/**
 * A .wpo file found on disk.
 *
 * @param path        where to read it
 * @param displayPath how diagnostics name it: as given, or relative to the folder that was given
 */
public record SourceFile(Path path, String displayPath) {
}
