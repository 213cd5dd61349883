package org.wpo.robustness;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.wpo.dsl.WpoRuntimeModule;
import org.wpo.dsl.WpoStandaloneSetup;
import org.wpo.dsl.library.BuiltInLibrary;
import org.wpo.dsl.workspace.CheckResult;
import org.wpo.dsl.workspace.InputProblemException;
import org.wpo.dsl.workspace.LogCapture;
import org.wpo.dsl.workspace.WorkspaceChecker;
import org.wpo.dsl.wpo.Model;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Provider;
import com.google.inject.util.Modules;

/**
 * The language set up once per JVM as the command line sets it up (standalone, log4j captured), and
 * the operations the properties exercise: check, parse, serialize, format, describe.
 */
final class Tool {

	private static Injector injector;
	private static Injector libraryInjector;
	/** The built-in file that the next library check replaces, and its text. */
	private static final ThreadLocal<Map.Entry<String, String>> REPLACED = new ThreadLocal<>();

	private Tool() {
	}

	static synchronized Injector injector() {
		if (injector == null) {
			LogCapture.install();
			injector = new WpoStandaloneSetup().createInjectorAndDoEMFRegistration();
			Injector base = injector;
			// The same language, except that each resource set starts with one built-in file replaced,
			// so that WorkspaceChecker.check(no paths) checks the built-in model with that file changed.
			libraryInjector = Guice.createInjector(Modules.override(new WpoRuntimeModule())
					.with(binder -> binder.bind(XtextResourceSet.class).toProvider(new Provider<XtextResourceSet>() {
						@Override
						public XtextResourceSet get() {
							XtextResourceSet set = base.getInstance(XtextResourceSet.class);
							Map.Entry<String, String> replaced = REPLACED.get();
							if (replaced != null) {
								Resource resource = base.getInstance(IResourceFactory.class)
										.createResource(BuiltInLibrary.uriOf(replaced.getKey()));
								set.getResources().add(resource);
								try {
									resource.load(new LazyStringInputStream(replaced.getValue(), "UTF-8"),
											Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
								} catch (IOException e) {
									throw new UncheckedIOException(e);
								}
							}
							return set;
						}
					})));
		}
		return injector;
	}

	/** What one check returned, with what log4j received as errors meanwhile (internal failures). */
	record Checked(CheckResult result, List<String> internalErrors, Map<String, String> texts) {
	}

	/**
	 * Checks the files (name to text) as {@code wpo check} does: written to a fresh folder, given to the
	 * checker by path. {@link Checked#texts} maps each diagnostic's file to its text.
	 */
	static Checked check(Map<String, String> files) {
		Map<String, byte[]> bytes = new LinkedHashMap<>();
		files.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
		return checkBytes(bytes);
	}

	/** As {@link #check}, for files given as bytes (texts are then decoded leniently). */
	static Checked checkBytes(Map<String, byte[]> files) {
		WorkspaceChecker checker = injector().getInstance(WorkspaceChecker.class);
		Path dir = null;
		try {
			dir = Files.createTempDirectory("wpo-robustness");
			List<String> paths = new ArrayList<>();
			Map<String, String> texts = new LinkedHashMap<>();
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				Path path = dir.resolve(file.getKey());
				Files.write(path, file.getValue());
				paths.add(path.toString());
				texts.put(path.toString(), new String(file.getValue(), StandardCharsets.UTF_8));
			}
			LogCapture.takeErrors();
			CheckResult result = checker.check(paths);
			return new Checked(result, LogCapture.takeErrors(), texts);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (InputProblemException e) {
			throw new AssertionError("the files written are readable: " + e.getMessage(), e);
		} finally {
			delete(dir);
		}
	}

	/** Checks the built-in model (as {@code wpo check} without paths) with one of its files replaced. */
	static Checked checkLibraryWith(String fileName, String text) {
		injector();
		WorkspaceChecker checker = libraryInjector.getInstance(WorkspaceChecker.class);
		REPLACED.set(Map.entry(fileName, text));
		try {
			LogCapture.takeErrors();
			CheckResult result = checker.check(List.of());
			Map<String, String> texts = new LinkedHashMap<>();
			for (String name : BuiltInLibrary.fileNames()) {
				texts.put(BuiltInLibrary.uriOf(name).toString(), name.equals(fileName) ? text : library(name));
			}
			return new Checked(result, LogCapture.takeErrors(), texts);
		} catch (InputProblemException e) {
			throw new AssertionError("no paths, no input problem", e);
		} finally {
			REPLACED.remove();
		}
	}

	private static void delete(Path dir) {
		if (dir == null) {
			return;
		}
		try (var files = Files.list(dir)) {
			for (Path file : files.toList()) {
				Files.deleteIfExists(file);
			}
			Files.deleteIfExists(dir);
		} catch (IOException e) {
			// A temporary folder left behind harms nothing.
		}
	}

	private static final Map<String, String> LIBRARY = new LinkedHashMap<>();

	/** The text of one built-in file. */
	static synchronized String library(String name) {
		return LIBRARY.computeIfAbsent(name, n -> {
			try (var in = BuiltInLibrary.open(n)) {
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

	private static XtextResourceSet sharedLibrary;

	/**
	 * One resource set holding the built-in model, linked, for parsing one file at a time beside it
	 * ({@link #parseBesideLibrary}); the built-in files never refer to such a file, so they stay as they are.
	 */
	static synchronized XtextResourceSet sharedLibrary() {
		if (sharedLibrary == null) {
			sharedLibrary = withLibrary();
			EcoreUtil.resolveAll(sharedLibrary);
		}
		return sharedLibrary;
	}

	/** Parses the text beside the built-in model, links it, and hands it to {@code use}; then removes it. */
	static <T> T parseBesideLibrary(String text, java.util.function.Function<XtextResource, T> use) {
		XtextResourceSet set = sharedLibrary();
		XtextResource resource = parse(set, "main.wpo", text);
		try {
			return use.apply(resource);
		} finally {
			set.getResources().remove(resource);
		}
	}

	/** Parses the text on its own, without linking. */
	static XtextResource parseAlone(String text) {
		XtextResourceSet set = injector().getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) set.createResource(URI.createURI("test:/alone.wpo"));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource;
	}

	/** A fresh resource set holding the built-in model. */
	static XtextResourceSet withLibrary() {
		XtextResourceSet set = injector().getInstance(XtextResourceSet.class);
		BuiltInLibrary.load(set);
		return set;
	}

	/** Parses the text as a file of the resource set (under test:/NAME) and links everything. */
	static XtextResource parse(XtextResourceSet set, String name, String text) {
		XtextResource resource = (XtextResource) set.createResource(URI.createURI("test:/" + name));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		EcoreUtil.resolveAll(set);
		return resource;
	}

	/** The model serialized from a copy without node model (so nothing of the original text is reused), formatted. */
	static String serialize(Model model) {
		XtextResourceSet set = (XtextResourceSet) model.eResource().getResourceSet();
		Model copy = EcoreUtil.copy(model);
		Resource copyResource = set.createResource(URI.createURI("test:/copy-" + System.nanoTime() + ".wpo"));
		copyResource.getContents().add(copy);
		try {
			return injector().getInstance(ISerializer.class).serialize(copy,
					SaveOptions.newBuilder().format().getOptions());
		} finally {
			set.getResources().remove(copyResource);
		}
	}

	/** The text of the parsed resource laid out by the formatter. */
	static String format(XtextResource resource) {
		ITextRegionAccess regions = injector().getInstance(TextRegionAccessBuilder.class).forNodeModel(resource)
				.create();
		FormatterRequest request = injector().getInstance(FormatterRequest.class);
		request.setTextRegionAccess(regions);
		request.setAllowIdentityEdits(false);
		request.setFormatUndefinedHiddenRegionsOnly(false);
		IFormatter2 formatter = injector().getInstance(IFormatter2.class);
		return regions.getRewriter().renderToString(formatter.format(request));
	}

	/**
	 * A structural description of a model in which references are written as the URI fragments of
	 * their targets, so that models of different resource sets compare as text.
	 */
	static String describe(EObject object) {
		StringBuilder out = new StringBuilder();
		describe(object, out, "", true);
		return out.toString();
	}

	/**
	 * As {@link #describe}, but references are written as the tokens that name them, for models that
	 * are not linked: what the parser made of the text, whatever its layout.
	 */
	static String describeParsed(EObject object) {
		StringBuilder out = new StringBuilder();
		describe(object, out, "", false);
		return out.toString();
	}

	private static void describe(EObject object, StringBuilder out, String indent, boolean byTarget) {
		out.append(indent).append(object.eClass().getName()).append('\n');
		for (var feature : object.eClass().getEAllStructuralFeatures()) {
			if (feature instanceof EReference reference && reference.isContainment()) {
				continue;
			}
			Object value = object.eGet(feature);
			if (feature instanceof EReference && !byTarget) {
				value = org.eclipse.xtext.nodemodel.util.NodeModelUtils.findNodesForFeature(object, feature).stream()
						.map(Tool::tokens).toList();
			} else if (feature instanceof EReference) {
				value = value instanceof List<?> list ? list.stream().map(o -> target((EObject) o)).toList()
						: value == null ? null : target((EObject) value);
			}
			out.append(indent).append("  ").append(feature.getName()).append(" = ").append(value).append('\n');
		}
		for (EObject child : object.eContents()) {
			describe(child, out, indent + "    ", byTarget);
		}
	}

	private static String tokens(org.eclipse.xtext.nodemodel.INode node) {
		StringBuilder text = new StringBuilder();
		for (org.eclipse.xtext.nodemodel.ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				text.append(leaf.getText()).append(' ');
			}
		}
		return text.toString().strip();
	}

	private static String target(EObject target) {
		URI uri = EcoreUtil.getURI(target);
		String file = uri.trimFragment().lastSegment();
		return (target.eIsProxy() ? "unresolved " : "") + file + "#" + uri.fragment();
	}
}
