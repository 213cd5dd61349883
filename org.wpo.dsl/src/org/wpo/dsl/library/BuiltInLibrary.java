package org.wpo.dsl.library;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.wpo.dsl.wpo.Import;
import org.wpo.dsl.wpo.Model;

/**
 * The model built into the tool, shipped as .wpo files inside this bundle and listed in
 * {@code index.txt} beside this class. Its files declare {@code model mswpo}, so user models import
 * it with {@code import mswpo}.
 */
public final class BuiltInLibrary {

	public static final String NAMESPACE = "mswpo";

	/**
	 * Namespaces of the optional built-in models, listed in {@code optional.txt}: the Windows releases
	 * after those of MS-WPO. One is loaded only where a file imports its namespace
	 * ({@link #loadImported}), so its names and products are part of a model only then.
	 */
	public static final Set<String> OPTIONAL_NAMESPACES = Set.of("windows");

	/** URI scheme of the built-in files, so that diagnostics name them as library files. */
	public static final String SCHEME = "wpo-library";

	private BuiltInLibrary() {
	}

	/** The file names of the built-in model, in the order of the index. */
	public static List<String> fileNames() {
		return lines("index.txt");
	}

	/** The optional models: namespace to file name, in the order of {@code optional.txt}. */
	public static Map<String, String> optionalFiles() {
		Map<String, String> files = new LinkedHashMap<>();
		for (String line : lines("optional.txt")) {
			String[] parts = line.split("\\s+", 2);
			files.put(parts[0], parts[1]);
		}
		return files;
	}

	private static List<String> lines(String indexName) {
		try (InputStream in = open(indexName);
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
			throw new UncheckedIOException("The built-in model's index " + indexName + " cannot be read", e);
		}
	}

	/** Loads every file of the built-in model into the resource set and returns them. */
	public static List<Resource> load(ResourceSet resourceSet) {
		List<Resource> resources = new ArrayList<>();
		for (String name : fileNames()) {
			resources.add(loadFile(resourceSet, name));
		}
		return resources;
	}

	/**
	 * Loads the optional built-in models that a file of the resource set imports (and those they
	 * import), and returns them; call it once the user's files are loaded, before linking.
	 */
	public static List<Resource> loadImported(ResourceSet resourceSet) {
		Map<String, String> optional = optionalFiles();
		List<Resource> loaded = new ArrayList<>();
		boolean more = true;
		while (more) {
			more = false;
			for (Resource resource : List.copyOf(resourceSet.getResources())) {
				for (EObject root : resource.getContents()) {
					if (root instanceof Model model) {
						for (Import anImport : model.getImports()) {
							String file = optional.get(anImport.getImportedNamespace());
							if (file != null && resourceSet.getResource(uriOf(file), false) == null) {
								loaded.add(loadFile(resourceSet, file));
								more = true;
							}
						}
					}
				}
			}
		}
		return loaded;
	}

	private static Resource loadFile(ResourceSet resourceSet, String name) {
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
		return resource;
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
