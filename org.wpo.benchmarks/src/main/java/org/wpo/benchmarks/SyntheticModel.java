package org.wpo.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A seeded, reproducible synthetic WPO model: N specifications spread over N/100 files, each file one
 * area with ten sub-areas, six layers, and about three relations per specification. Runs-over only
 * points to a lower layer, or within a layer to a specification declared earlier, so the runs-over
 * graph is acyclic; replaces only points to earlier specifications, so it is acyclic too.
 */
public final class SyntheticModel {

	static final String[] LAYERS = { "application", "presentation", "session", "transport", "network", "link" };

	/** One relation, by the indexes of its source and target. */
	public record Link(int source, String kind, int target) {
	}

	private final int specifications;
	private final int files;
	private final int[] layerOf;
	private final List<Link> links = new ArrayList<>();

	public SyntheticModel(int specifications, long seed) {
		this(specifications, Math.max(1, specifications / 100), seed);
	}

	/** A model of the given size in a chosen number of files. */
	public SyntheticModel(int specifications, int files, long seed) {
		this.specifications = specifications;
		this.files = files;
		this.layerOf = new int[specifications];
		SplittableRandom random = new SplittableRandom(seed);
		for (int i = 0; i < specifications; i++) {
			layerOf[i] = random.nextInt(LAYERS.length);
		}
		// Indexes by layer, to pick runs-over targets in lower layers quickly.
		List<List<Integer>> byLayer = new ArrayList<>();
		for (int l = 0; l < LAYERS.length; l++) {
			byLayer.add(new ArrayList<>());
		}
		for (int i = 0; i < specifications; i++) {
			byLayer.get(layerOf[i]).add(i);
		}
		for (int i = 1; i < specifications; i++) {
			int lower = layerOf[i] + 1 + random.nextInt(Math.max(1, LAYERS.length - layerOf[i]));
			if (lower < LAYERS.length && !byLayer.get(lower).isEmpty()) {
				List<Integer> candidates = byLayer.get(lower);
				links.add(new Link(i, "runs-over", candidates.get(random.nextInt(candidates.size()))));
			}
			links.add(new Link(i, random.nextBoolean() ? "uses" : "requires", random.nextInt(i)));
			int third = random.nextInt(10);
			if (third < 6) {
				links.add(new Link(i, "extends", random.nextInt(i)));
			} else if (third < 8) {
				links.add(new Link(i, "replaces", random.nextInt(i)));
			} else {
				links.add(new Link(i, "part-of", random.nextInt(i)));
			}
		}
	}

	public int specifications() {
		return specifications;
	}

	public int files() {
		return files;
	}

	public List<Link> links() {
		return links;
	}

	public static String name(int index) {
		return String.format("MS-S%06d", index);
	}

	public int layer(int index) {
		return layerOf[index];
	}

	private int fileOf(int index) {
		return (int) ((long) index * files / specifications);
	}

	/** The model's text, file name to content. */
	public Map<String, String> texts() {
		Map<String, StringBuilder> files = new LinkedHashMap<>();
		files.put("layers.wpo", new StringBuilder("layers {\n" + String.join("\n",
				java.util.Arrays.stream(LAYERS).map(l -> "\tlayer " + l).toList()) + "\n}\n"));
		List<List<Link>> outgoing = new ArrayList<>();
		for (int i = 0; i < specifications; i++) {
			outgoing.add(new ArrayList<>());
		}
		links.forEach(link -> outgoing.get(link.source()).add(link));
		int first = 0;
		for (int f = 0; f < this.files; f++) {
			StringBuilder text = new StringBuilder();
			text.append("area F").append(f).append(" \"Synthetic area ").append(f).append("\" {\n");
			int end = first;
			while (end < specifications && fileOf(end) == f) {
				end++;
			}
			int perSubArea = Math.max(1, (end - first + 9) / 10);
			for (int sub = 0; first + sub * perSubArea < end; sub++) {
				text.append("\tarea F").append(f).append('-').append(sub).append(" \"Part ").append(sub).append("\" {\n");
				for (int i = first + sub * perSubArea; i < Math.min(end, first + (sub + 1) * perSubArea); i++) {
					text.append("\t\tprotocol ").append(name(i)).append(" \"Synthetic protocol ").append(i)
							.append("\" {\n\t\t\tlayer ").append(LAYERS[layerOf[i]]).append('\n');
					for (Link link : outgoing.get(i)) {
						text.append("\t\t\t").append(link.kind()).append(' ').append(name(link.target())).append('\n');
					}
					text.append("\t\t}\n");
				}
				text.append("\t}\n");
			}
			text.append("}\n");
			files.put(String.format("part-%04d.wpo", f), text);
			first = end;
		}
		Map<String, String> result = new LinkedHashMap<>();
		files.forEach((name, text) -> result.put(name, text.toString()));
		return result;
	}

	/** Writes the model into a folder and returns it. */
	public Path writeTo(Path folder) throws IOException {
		Files.createDirectories(folder);
		for (Map.Entry<String, String> file : texts().entrySet()) {
			Files.writeString(folder.resolve(file.getKey()), file.getValue());
		}
		return folder;
	}

	/**
	 * The same elements and relationships as a Structurizr DSL workspace, for the peer comparison.
	 * Implied relationships are switched off: WPO derives none, so the work stays equal.
	 */
	public String structurizr() {
		StringBuilder dsl = new StringBuilder("workspace {\n\t!impliedRelationships false\n\tmodel {\n");
		for (int i = 0; i < specifications; i++) {
			dsl.append("\t\ts").append(i).append(" = softwareSystem \"").append(name(i))
					.append("\" \"Synthetic protocol ").append(i).append("\" \"").append(LAYERS[layerOf[i]]).append("\"\n");
		}
		for (Link link : links) {
			dsl.append("\t\ts").append(link.source()).append(" -> s").append(link.target()).append(" \"")
					.append(link.kind()).append("\"\n");
		}
		dsl.append("\t}\n}\n");
		return dsl.toString();
	}
}
