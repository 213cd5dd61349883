package org.wpo.dsl.library;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * The model built into the tool, shipped as .wpo files inside this bundle and listed in
 * {@code index.txt} beside this class. Its files declare {@code model mswpo}, so user models import
 * it with {@code import mswpo}.
 */
public final class BuiltInLibrary {

	public static final String NAMESPACE = "mswpo";

	/**
	 * Namespaces of the optional built-in models (listed in the index after the MS-WPO files): the
	 * Windows releases after those of MS-WPO. Their files are loaded with the others, but their
	 * names are visible only where imported, and their products join the product line only then.
	 */
	public static final Set<String> OPTIONAL_NAMESPACES = Set.of("windows");

	/** URI scheme of the built-in files, so that diagnostics name them as library files. */
	public static final String SCHEME = "wpo-library";

	private BuiltInLibrary() {
	}

	/** The file names of the built-in model, in the order of the index. */
	public static List<String> fileNames() {
		try (InputStream in = open("index.txt");
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			List<String> names = new ArrayList<>();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String name = line.strip();
				if (!name.isEmpty() && !name.startsWith("#")) {
					names.add(name);
				}
			}
			return names;
		} catch (IOException e) {
			throw new UncheckedIOException("The built-in model's index cannot be read", e);
		}
	}

	/** Loads every file of the built-in model into the resource set and returns them. */
	public static List<Resource> load(ResourceSet resourceSet) {
		List<Resource> resources = new ArrayList<>();
		for (String name : fileNames()) {
			URI uri = uriOf(name);
			Resource resource = resourceSet.getResource(uri, false);
			if (resource == null) {
				resource = resourceSet.createResource(uri);
				try (InputStream in = open(name)) {
					resource.load(in, Map.of());
				} catch (IOException e) {
					throw new UncheckedIOException("The built-in model file " + name + " cannot be read", e);
				}
			}
			resources.add(resource);
		}
		return resources;
	}

	public static URI uriOf(String fileName) {
		return URI.createURI(SCHEME + ":/" + NAMESPACE + "/" + fileName);
	}

	/** The text of one built-in file. */
	public static InputStream open(String name) throws IOException {
		InputStream in = BuiltInLibrary.class.getResourceAsStream(name);
		if (in == null) {
			throw new IOException("missing resource " + name);
		}
		return in;
	}
}
