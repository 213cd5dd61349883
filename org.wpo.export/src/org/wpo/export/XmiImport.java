package org.wpo.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.impl.EPackageRegistryImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.wpo.dsl.library.BuiltInLibrary;
import org.wpo.dsl.wpo.Import;
import org.wpo.dsl.wpo.Model;
import org.wpo.dsl.wpo.WpoFactory;
import org.wpo.dsl.wpo.WpoPackage;
import org.wpo.dsl.workspace.MessageText;
import org.wpo.dsl.workspace.SourceFileCollector;
import org.xml.sax.SAXParseException;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The inverse of {@link XmiExport}: reads an XMI document of the WPO model and writes it as .wpo text
 * with the language's serializer and formatter. Obtain it from the language's injector.
 *
 * <p>The file is untrusted. The XML parser refuses any DOCTYPE declaration (so no entity, internal
 * or external, and no external DTD is ever expanded or fetched), and nothing else is read: the
 * resource set's URI converter refuses every stream, so neither an unknown metamodel, a schema
 * location nor a reference to another document makes EMF open a file or a URL. The only documents
 * a model may refer to are the files of the built-in model, which come from inside the tool. Every
 * problem is an {@link XmiImportException} of one line naming the file, and the line and column
 * where the parser or EMF found it.
 *
 * <p>An export holds one root per .wpo file. Since the export does not record file names, the
 * files of one model become one file: one {@code model} line, the imports of all of them, and
 * their members in order. Files of different models cannot share one file and are refused.
 */
public class XmiImport {

	/** The JDK's (and Apache Xerces's) parser features that keep a document from reaching outside. */
	static final Map<String, Boolean> PARSER_FEATURES = Map.of(
			"http://apache.org/xml/features/disallow-doctype-decl", true,
			"http://xml.org/sax/features/external-general-entities", false,
			"http://xml.org/sax/features/external-parameter-entities", false,
			"http://apache.org/xml/features/nonvalidating/load-external-dtd", false);

	private static final int MAX_SHOWN = 120;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceFactory resourceFactory;

	@Inject
	private ISerializer serializer;

	/** An imported model and its .wpo text. */
	public record Imported(Model model, String text) {
	}

	/**
	 * Reads {@code file} and returns the model with its formatted .wpo text.
	 *
	 * @param shownAs the file as the user named it, used in messages
	 * @throws XmiImportException when the file cannot be read, is not a well-formed XMI document of the
	 *                            WPO model, refers outside itself and the built-in model, or holds a
	 *                            model the language cannot write
	 */
	public Imported read(Path file, String shownAs) throws XmiImportException {
		Model model = load(file, shownAs);
		try {
			return new Imported(model, serializer.serialize(model, SaveOptions.newBuilder().format().getOptions()));
		} catch (RuntimeException e) {
			throw new XmiImportException(shownAs, "the model cannot be written as .wpo text: " + serializerReason(e));
		}
	}

	/**
	 * The serializer's reason and the object it concerns, from its message: a title line, the
	 * reason, then "Semantic Object: Model'x'.members[0]->..." among other lines.
	 */
	private static String serializerReason(RuntimeException e) {
		List<String> lines = Objects.toString(e.getMessage(), "").lines().map(String::strip).filter(l -> !l.isEmpty())
				.toList();
		String reason = lines.size() > 1 ? lines.get(1) : lines.isEmpty() ? e.getClass().getSimpleName() : lines.get(0);
		if (reason.endsWith(".")) {
			reason = reason.substring(0, reason.length() - 1);
		}
		String where = lines.stream().filter(l -> l.startsWith("Semantic Object: "))
				.map(l -> l.substring("Semantic Object: ".length())).findFirst().orElse(null);
		return shown(reason) + (where == null ? "" : " (at " + shown(where) + ")");
	}

	/**
	 * Reads {@code file} into one {@link Model}, in a resource of its own in a new resource set that
	 * holds the built-in model when the file refers to it.
	 */
	public Model load(Path file, String shownAs) throws XmiImportException {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (IOException e) {
			throw new XmiImportException(shownAs, "cannot read the file (" + SourceFileCollector.reason(e) + ")");
		}
		if (bytes.length == 0) {
			throw new XmiImportException(shownAs, "the file is empty, not an XMI document");
		}
		XMIResourceImpl xmi = parse(file, shownAs, bytes);
		List<Model> roots = roots(xmi, shownAs);
		List<Reference> outside = referencesOutside(xmi, shownAs);
		Model model = merge(roots, shownAs);

		XtextResourceSet resourceSet = resourceSets.get();
		if (!outside.isEmpty()) {
			BuiltInLibrary.load(resourceSet);
		}
		Resource resource = resourceFactory.createResource(URI.createURI("wpo-import:/imported.wpo"));
		resourceSet.getResources().add(resource);
		resource.getContents().add(model);
		for (Reference reference : outside) {
			resolve(reference, resourceSet, shownAs);
		}
		return model;
	}

	private static XMIResourceImpl parse(Path file, String shownAs, byte[] bytes) throws XmiImportException {
		ResourceSetImpl resourceSet = new ResourceSetImpl();
		EPackage.Registry packages = new EPackageRegistryImpl();
		packages.put(WpoPackage.eNS_URI, WpoPackage.eINSTANCE);
		resourceSet.setPackageRegistry(packages);
		resourceSet.setURIConverter(new RefusingUriConverter());
		XMIResourceImpl xmi = new XMIResourceImpl(URI.createFileURI(file.toAbsolutePath().normalize().toString()));
		resourceSet.getResources().add(xmi);
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_PARSER_FEATURES, PARSER_FEATURES);
		try {
			xmi.load(new ByteArrayInputStream(bytes), options);
		} catch (IOException | RuntimeException e) {
			throw refusal(shownAs, xmi, e);
		}
		return xmi;
	}

	/**
	 * The first problem the parser raised or EMF recorded, at its line and column. EMF wraps the
	 * parser's exception; the parser's own position and message are the better ones.
	 */
	private static XmiImportException refusal(String shownAs, XMIResourceImpl xmi, Exception thrown) {
		List<Throwable> chain = new ArrayList<>();
		for (Resource.Diagnostic error : xmi.getErrors()) {
			if (error instanceof Throwable throwable) {
				addCauses(throwable, chain);
			}
		}
		addCauses(thrown, chain);
		for (Throwable candidate : chain) {
			if (candidate instanceof SAXParseException sax) {
				return new XmiImportException(shownAs, sax.getLineNumber(), sax.getColumnNumber(), saxReason(sax));
			}
		}
		if (!xmi.getErrors().isEmpty()) {
			Resource.Diagnostic first = xmi.getErrors().get(0);
			return new XmiImportException(shownAs, first.getLine(), first.getColumn(), emfReason(first));
		}
		for (Throwable candidate : chain) {
			if (candidate instanceof Resource.Diagnostic diagnostic) {
				return new XmiImportException(shownAs, diagnostic.getLine(), diagnostic.getColumn(), emfReason(diagnostic));
			}
		}
		return new XmiImportException(shownAs, "not a readable XMI document (" + sentence(thrown.getMessage()) + ")");
	}

	private static void addCauses(Throwable throwable, List<Throwable> chain) {
		for (Throwable cause = throwable; cause != null && !chain.contains(cause); cause = cause.getCause()) {
			chain.add(cause);
			if (cause instanceof org.xml.sax.SAXException sax && sax.getException() != null) {
				addCauses(sax.getException(), chain);
			}
		}
	}

	private static String saxReason(SAXParseException e) {
		String message = Objects.toString(e.getMessage(), "");
		if (message.contains("DOCTYPE") || message.contains("disallow-doctype-decl")) {
			return "refused: a DOCTYPE declaration is not allowed (an XMI document needs none, and its entities"
					+ " could read other files or expand without end)";
		}
		return "malformed XML: " + sentence(message);
	}

	private static String emfReason(Resource.Diagnostic diagnostic) {
		String expected = " (expected " + WpoPackage.eNS_URI + ")";
		if (diagnostic instanceof PackageNotFoundException missing) {
			String uri = missing.uri();
			return uri == null || uri.isEmpty() || uri.equals("null")
					? "not an XMI document of the WPO model: an element has no namespace" + expected
					: "not an XMI document of the WPO model: it uses the metamodel " + shown(uri) + expected;
		}
		if (diagnostic instanceof IllegalValueException illegal && illegal.getFeature() != null) {
			return "not a valid XMI document of the WPO model: the value of '" + illegal.getFeature().getName()
					+ "' is not allowed there (wrong type)";
		}
		String message = Objects.toString(diagnostic.getMessage(), "");
		// EMF appends the location, which the message shows in front already.
		message = message.replaceFirst("\\s*\\([^()]*, -?\\d+, -?\\d+\\)\\s*$", "");
		return "not a valid XMI document of the WPO model: " + sentence(message);
	}

	/** The file's roots, each a model of one .wpo file. */
	private static List<Model> roots(XMIResourceImpl xmi, String shownAs) throws XmiImportException {
		if (xmi.getContents().isEmpty()) {
			throw new XmiImportException(shownAs, "the XMI document holds no model");
		}
		List<Model> models = new ArrayList<>();
		for (EObject root : xmi.getContents()) {
			if (!(root instanceof Model model)) {
				throw new XmiImportException(shownAs, "not a WPO model: a top-level element is of type "
						+ root.eClass().getName() + ", where an export has only Model elements");
			}
			models.add(model);
		}
		return models;
	}

	/** A reference from inside the file to an object of another document, not yet resolved. */
	private record Reference(EObject owner, EReference feature, EObject proxy) {
	}

	/**
	 * Every reference to another document, each allowed only into a file of the built-in model.
	 * Nothing is resolved here: resolving would load the other document.
	 */
	private static List<Reference> referencesOutside(XMIResourceImpl xmi, String shownAs) throws XmiImportException {
		Set<URI> library = new LinkedHashSet<>();
		BuiltInLibrary.fileNames().forEach(name -> library.add(BuiltInLibrary.uriOf(name)));
		List<Reference> references = new ArrayList<>();
		for (var contents = EcoreUtil.<EObject>getAllProperContents(xmi, false); contents.hasNext();) {
			EObject object = contents.next();
			if (object.eIsProxy()) {
				throw outside(shownAs, ((InternalEObject) object).eProxyURI());
			}
			for (EReference feature : object.eClass().getEAllReferences()) {
				if (feature.isContainment() || feature.isContainer() || feature.isDerived() || !object.eIsSet(feature)) {
					continue;
				}
				Object value = object.eGet(feature, false);
				List<?> values = value instanceof List<?> list ? list : List.of(value);
				for (Object target : values) {
					if (target instanceof EObject eObject && eObject.eIsProxy()) {
						URI uri = ((InternalEObject) eObject).eProxyURI();
						if (!library.contains(uri.trimFragment())) {
							throw outside(shownAs, uri);
						}
						references.add(new Reference(object, feature, eObject));
					}
				}
			}
		}
		return references;
	}

	private static XmiImportException outside(String shownAs, URI uri) {
		return new XmiImportException(shownAs, "refused: it refers to " + shown(uri.trimFragment().toString())
				+ ", another document; an import reads no file but this one and refers only to itself and the"
				+ " built-in model");
	}

	/** Resolves one reference into the built-in model, which must hold an object of the right type there. */
	private static void resolve(Reference reference, XtextResourceSet resourceSet, String shownAs)
			throws XmiImportException {
		URI uri = ((InternalEObject) reference.proxy()).eProxyURI();
		EObject target;
		try {
			target = EcoreUtil.resolve(reference.proxy(), resourceSet);
		} catch (RuntimeException e) {
			target = reference.proxy();
		}
		if (target.eIsProxy() || !reference.feature().getEReferenceType().isInstance(target)) {
			throw new XmiImportException(shownAs, "refers to " + shown(uri.toString()) + ", which is no "
					+ reference.feature().getEReferenceType().getName() + " of the built-in model");
		}
	}

	/** One model of all roots, which must all belong to the same model namespace. */
	private static Model merge(List<Model> roots, String shownAs) throws XmiImportException {
		Set<String> names = new LinkedHashSet<>();
		roots.forEach(root -> names.add(Objects.toString(root.getName(), "")));
		if (names.size() > 1) {
			throw new XmiImportException(shownAs, "it holds files of different models ("
					+ shown(String.join(", ", names.stream().map(n -> n.isEmpty() ? "(no model name)" : n).toList()))
					+ "); one .wpo file holds one model");
		}
		if (roots.size() == 1) {
			return roots.get(0);
		}
		Model model = WpoFactory.eINSTANCE.createModel();
		model.setName(roots.get(0).getName());
		Set<String> imported = new LinkedHashSet<>();
		for (Model root : roots) {
			for (Import anImport : List.copyOf(root.getImports())) {
				if (imported.add(Objects.toString(anImport.getImportedNamespace(), ""))) {
					model.getImports().add(anImport);
				}
			}
			model.getMembers().addAll(List.copyOf(root.getMembers()));
		}
		return model;
	}

	/** A parser's message as part of ours: first letter lowercase, no final period, one short line. */
	private static String sentence(String message) {
		String text = shown(MessageText.firstLine(message));
		if (text.endsWith(".")) {
			text = text.substring(0, text.length() - 1);
		}
		return MessageText.lowercaseFirst(text);
	}

	/** Text from the file, made safe to print on one line: no control characters, not too long. */
	static String shown(String text) {
		StringBuilder out = new StringBuilder();
		text.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
		return out.length() > MAX_SHOWN ? out.substring(0, MAX_SHOWN) + "..." : out.toString();
	}

	/** Opens nothing: every document but the one being loaded from memory stays unread. */
	private static final class RefusingUriConverter extends ExtensibleURIConverterImpl {

		@Override
		public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
			throw new IOException("refused to read " + uri);
		}

		@Override
		public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
			throw new IOException("refused to write " + uri);
		}
	}
}
