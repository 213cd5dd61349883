package org.wpo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wpo.dsl.library.BuiltInLibrary;
import org.wpo.dsl.tests.WpoInjectorProvider;
import org.wpo.dsl.wpo.Model;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Parse, serialize a copy that has no node model, parse again: the models are equal. */
@ExtendWith(InjectionExtension.class)
@InjectWith(WpoInjectorProvider.class)
class RoundTripTest {

	@Inject
	Provider<XtextResourceSet> resourceSets;

	@Inject
	ISerializer serializer;

	private Model parse(XtextResourceSet set, String name, String text) throws IOException {
		Resource resource = set.createResource(URI.createURI("test:/" + name));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		return (Model) resource.getContents().get(0);
	}

	/** Serializes a node-free copy of the model within its own resource set and parses the result. */
	private void assertRoundTrip(String text, String... otherFiles) throws IOException {
		XtextResourceSet first = resourceSets.get();
		for (int i = 0; i < otherFiles.length; i++) {
			parse(first, "other" + i + ".wpo", otherFiles[i]);
		}
		Model original = parse(first, "main.wpo", text);
		EcoreUtil.resolveAll(first);
		assertTrue(original.eResource().getErrors().isEmpty(), original.eResource().getErrors().toString());

		Model copy = EcoreUtil.copy(original);
		Resource copyResource = first.createResource(URI.createURI("test:/copy.wpo"));
		copyResource.getContents().add(copy);
		String serialized = serializer.serialize(copy, SaveOptions.newBuilder().format().getOptions());
		first.getResources().remove(copyResource);

		XtextResourceSet second = resourceSets.get();
		for (int i = 0; i < otherFiles.length; i++) {
			parse(second, "other" + i + ".wpo", otherFiles[i]);
		}
		Model reparsed = parse(second, "main.wpo", serialized);
		EcoreUtil.resolveAll(second);
		assertTrue(reparsed.eResource().getErrors().isEmpty(),
				reparsed.eResource().getErrors() + "\n" + serialized);
		assertEquals(describe(original), describe(reparsed), serialized);
	}

	/**
	 * A structural description of a model in which references are written as the qualified path of
	 * their targets, so that two models in different resource sets compare equal.
	 */
	static String describe(EObject object) {
		StringBuilder out = new StringBuilder();
		describe(object, out, "");
		return out.toString();
	}

	private static void describe(EObject object, StringBuilder out, String indent) {
		out.append(indent).append(object.eClass().getName()).append('\n');
		for (var feature : object.eClass().getEAllStructuralFeatures()) {
			if (feature instanceof org.eclipse.emf.ecore.EReference reference && reference.isContainment()) {
				continue;
			}
			Object value = object.eGet(feature);
			if (feature instanceof org.eclipse.emf.ecore.EReference) {
				value = value instanceof java.util.List<?> list
						? list.stream().map(o -> EcoreUtil.getURI((EObject) o).fragment()).toList()
						: value == null ? null : EcoreUtil.getURI((EObject) value).fragment();
			}
			out.append(indent).append("  ").append(feature.getName()).append(" = ").append(value).append('\n');
		}
		for (EObject child : object.eContents()) {
			describe(child, out, indent + "    ");
		}
	}

	@Test
	void everyConstruct() throws IOException {
		assertRoundTrip(Samples.ALL_CONSTRUCTS, Samples.OTHER);
	}

	@Test
	void builtInModel() throws IOException {
		for (String name : BuiltInLibrary.fileNames()) {
			String text = new String(BuiltInLibrary.open(name).readAllBytes(), StandardCharsets.UTF_8);
			String[] others = BuiltInLibrary.fileNames().stream().filter(n -> !n.equals(name)).map(n -> {
				try {
					return new String(BuiltInLibrary.open(n).readAllBytes(), StandardCharsets.UTF_8);
				} catch (IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			}).toArray(String[]::new);
			assertRoundTrip(text, others);
		}
	}

	@Test
	void formattedSerializationPutsEachFeatureOnItsOwnLine() throws IOException {
		XtextResourceSet set = resourceSets.get();
		parse(set, "other.wpo", Samples.OTHER);
		Model original = parse(set, "main.wpo", Samples.ALL_CONSTRUCTS);
		EcoreUtil.resolveAll(set);
		Model copy = EcoreUtil.copy(original);
		Resource copyResource = set.createResource(URI.createURI("test:/copy.wpo"));
		copyResource.getContents().add(copy);
		String serialized = serializer.serialize(copy, SaveOptions.newBuilder().format().getOptions());
		assertTrue(serialized.startsWith("model sample\n\nimport other\n\nlayers {\n\tlayer application"),
				serialized);
		assertTrue(serialized.contains("\n\t\tprotocol MS-COMA \"COM+ Remote Administration Protocol\" {\n"
				+ "\t\t\tlayer application\n"), serialized);
		assertTrue(serialized.contains("\n\ttechnology ^layer \"A name that is also a keyword\"\n}\n"), serialized);
	}
}
