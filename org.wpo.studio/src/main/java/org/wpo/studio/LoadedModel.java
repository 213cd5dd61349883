package org.wpo.studio;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.wpo.dsl.WpoStandaloneSetup;
import org.wpo.dsl.naming.ModelNames;
import org.wpo.dsl.workspace.CheckResult;
import org.wpo.dsl.workspace.InputProblemException;
import org.wpo.dsl.workspace.LogCapture;
import org.wpo.dsl.workspace.WorkspaceChecker;
import org.wpo.dsl.workspace.WpoDiagnostic;
import org.wpo.dsl.wpo.Element;
import org.wpo.query.ModelIndex;

import com.google.inject.Injector;

/**
 * The model as the files on disk say now: loaded and validated as {@code wpo check} does (the
 * built-in model included), indexed for the diagrams, with each problem tied to the element whose
 * declaration holds it. Immutable once made; the studio makes a new one after every change.
 */
final class LoadedModel {

	/** A problem of a user file, with the qualified name of the element it is in (or null). */
	record Problem(String path, int line, int column, String severity, String code, String message, String element) {
	}

	private static Injector injector;

	private final ModelFolders folders;

	private final ModelIndex index;

	private final List<Problem> problems = new ArrayList<>();

	private final Map<Element, List<Problem>> markers = new HashMap<>();

	private LoadedModel(ModelFolders folders, CheckResult result, Map<String, Path> byDisplayPath) {
		this.folders = folders;
		this.index = ModelIndex.of(result.resourceSet());
		Map<Path, Resource> resources = new HashMap<>();
		for (Resource resource : result.resources()) {
			Path file = fileOf(resource);
			if (file != null) {
				resources.put(file, resource);
			}
		}
		for (WpoDiagnostic d : result.diagnostics()) {
			Path file = byDisplayPath.get(d.file());
			if (file == null) {
				continue;
			}
			Element element = elementAt(resources.get(file), d.line());
			Problem problem = new Problem(folders.relative(file), d.line(), d.column(), d.severity().label(), d.code(),
					d.message(), element == null ? null : qualifiedName(element));
			problems.add(problem);
			if (element != null) {
				markers.computeIfAbsent(element, e -> new ArrayList<>()).add(problem);
			}
		}
	}

	/** Loads the model's files now on disk; with none, the built-in model alone. */
	static LoadedModel load(ModelFolders folders) throws InputProblemException {
		List<Path> files = folders.files();
		Map<String, Path> byDisplayPath = new LinkedHashMap<>();
		files.forEach(file -> byDisplayPath.put(file.toString(), file));
		CheckResult result;
		try {
			result = checker().check(files.stream().map(Path::toString).toList());
		} finally {
			LogCapture.takeErrors();
		}
		return new LoadedModel(folders, result, byDisplayPath);
	}

	private static synchronized WorkspaceChecker checker() {
		if (injector == null) {
			LogCapture.install();
			injector = new WpoStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector.getInstance(WorkspaceChecker.class);
	}

	ModelIndex index() {
		return index;
	}

	List<Problem> problems() {
		return problems;
	}

	List<Problem> markers(Element element) {
		return markers.getOrDefault(element, List.of());
	}

	Optional<Element> element(String name) {
		return index.find(name);
	}

	/** The user file that declares the object, or null when it is built-in. */
	static Path fileOf(EObject object) {
		return object == null ? null : fileOf(object.eResource());
	}

	static Path fileOf(Resource resource) {
		if (resource == null || !resource.getURI().isFile()) {
			return null;
		}
		return Path.of(resource.getURI().toFileString()).toAbsolutePath().normalize();
	}

	/** The client's path of the file that declares the object, or null when it is built-in. */
	String pathOf(EObject object) {
		Path file = fileOf(object);
		return file == null ? null : folders.relative(file);
	}

	/** {@code model::name}: unique across the model's files. */
	static String qualifiedName(EObject object) {
		return ModelNames.id(object);
	}

	/** The innermost element whose declaration spans the line. */
	private static Element elementAt(Resource resource, int line) {
		if (resource == null || resource.getContents().isEmpty()) {
			return null;
		}
		Element best = null;
		int bestSpan = Integer.MAX_VALUE;
		for (Element element : EcoreUtil2.eAllOfType(resource.getContents().get(0), Element.class)) {
			ICompositeNode node = NodeModelUtils.getNode(element);
			if (node != null && node.getStartLine() <= line && line <= node.getEndLine()
					&& node.getEndLine() - node.getStartLine() < bestSpan) {
				best = element;
				bestSpan = node.getEndLine() - node.getStartLine();
			}
		}
		return best;
	}
}
