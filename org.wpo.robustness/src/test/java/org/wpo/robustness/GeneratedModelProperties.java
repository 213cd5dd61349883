package org.wpo.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.XtextResource;
import org.wpo.dsl.workspace.WpoDiagnostic;
import org.wpo.dsl.wpo.Area;
import org.wpo.dsl.wpo.Element;
import org.wpo.dsl.wpo.Layer;
import org.wpo.dsl.wpo.Model;
import org.wpo.dsl.wpo.Product;
import org.wpo.dsl.wpo.Specification;
import org.wpo.export.JsonExport;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.PropagationMode;

/**
 * Randomly generated valid models (see {@link ModelGenerator}): they check without errors, survive
 * serialization, and the formatter lays them out the same way twice without changing what they say.
 * A generated model is fully determined by its seed and size, which jqwik shrinks.
 */
@AddLifecycleHook(value = Budget.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
class GeneratedModelProperties {

	private static ModelGenerator.Library library;

	static synchronized ModelGenerator.Library library() {
		if (library == null) {
			List<String> elements = new ArrayList<>();
			List<String> areas = new ArrayList<>();
			Map<String, String> kinds = new HashMap<>();
			Set<String> layersAndProducts = new HashSet<>();
			for (var resource : Tool.sharedLibrary().getResources()) {
				for (TreeIterator<EObject> i = resource.getAllContents(); i.hasNext();) {
					EObject object = i.next();
					if (object instanceof Element element) {
						elements.add(element.getName());
						kinds.put(element.getName(), element instanceof Specification specification
								? specification.getKind().getLiteral() : "technology");
					} else if (object instanceof Area area) {
						areas.add(area.getName());
					} else if (object instanceof Layer layer) {
						layersAndProducts.add(layer.getName());
					} else if (object instanceof Product product) {
						layersAndProducts.add(product.getName());
					}
				}
			}
			library = new ModelGenerator.Library(List.copyOf(elements), List.copyOf(areas), Map.copyOf(kinds),
					Set.copyOf(layersAndProducts));
		}
		return library;
	}

	static String model(long seed, int size, boolean comments) {
		return ModelGenerator.generate(seed, size, Inputs.keywords(), library(), comments);
	}

	@Property
	@Budget.Cost(24)
	void generatedModelsCheckWithoutErrors(@ForAll long seed, @ForAll @IntRange(min = 0, max = 30) int size) {
		String text = model(seed, size, true);
		Tool.Checked checked = Tool.check(Map.of("generated.wpo", text));
		Invariants.assertWellPlaced(checked);
		List<String> errors = checked.result().diagnostics().stream()
				.filter(d -> d.severity() == WpoDiagnostic.Severity.ERROR).map(WpoDiagnostic::format).toList();
		assertTrue(errors.isEmpty(), () -> String.join("\n", errors) + "\n--- model\n" + text);
		JsonExport.toJson(checked.result().resources());
	}

	@Property
	@Budget.Cost(10)
	void generatedModelsSurviveSerialization(@ForAll long seed, @ForAll @IntRange(min = 0, max = 30) int size) {
		String text = model(seed, size, false);
		String[] first = Tool.parseBesideLibrary(text, resource -> {
			assertTrue(resource.getErrors().isEmpty(), () -> resource.getErrors() + "\n--- model\n" + text);
			Model model = (Model) resource.getContents().get(0);
			assertUnresolvedNone(model, text);
			return new String[] { Tool.describe(model), Tool.serialize(model) };
		});
		String serialized = first[1];
		String[] second = Tool.parseBesideLibrary(serialized, resource -> {
			assertTrue(resource.getErrors().isEmpty(),
					() -> resource.getErrors() + "\n--- serialized\n" + serialized + "\n--- model\n" + text);
			Model model = (Model) resource.getContents().get(0);
			return new String[] { Tool.describe(model), Tool.serialize(model) };
		});
		assertEquals(first[0], second[0], () -> "content changed\n--- serialized\n" + serialized + "\n--- model\n" + text);
		assertEquals(serialized, second[1], () -> "serialized text changed\n--- model\n" + text);
	}

	@Property
	@Budget.Cost(4)
	void formattingIsIdempotentAndKeepsContent(@ForAll long seed, @ForAll @IntRange(min = 0, max = 30) int size) {
		String text = model(seed, size, true);
		assertFormatsStably(text);
	}

	/** Formats twice: the second pass changes nothing, and neither changes what the parser reads. */
	static void assertFormatsStably(String text) {
		XtextResource original = Tool.parseAlone(text);
		String content = Tool.describeParsed(original.getContents().get(0));
		String once = Tool.format(original);
		XtextResource formatted = Tool.parseAlone(once);
		assertTrue(formatted.getErrors().isEmpty(), () -> formatted.getErrors() + "\n--- formatted\n" + once
				+ "\n--- input\n" + text);
		assertEquals(content, Tool.describeParsed(formatted.getContents().get(0)),
				() -> "content changed\n--- formatted\n" + once + "\n--- input\n" + text);
		String twice = Tool.format(formatted);
		assertEquals(once, twice, () -> "not idempotent\n--- input\n" + text);
	}

	private static void assertUnresolvedNone(Model model, String text) {
		for (TreeIterator<EObject> i = model.eAllContents(); i.hasNext();) {
			EObject object = i.next();
			for (EObject target : object.eCrossReferences()) {
				assertTrue(!target.eIsProxy(), () -> "unresolved " + target + " in " + object + "\n--- model\n" + text);
			}
		}
	}

}
