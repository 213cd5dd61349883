package org.wpo.dsl.naming;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;

import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionDelta;

/**
 * A change of one WPO file as other files see it: none when only titles, descriptions, remarks,
 * notes, cited source documents, whitespace or comments changed (the file's fingerprints are equal,
 * {@link FileFacts}), so that no other file is rebuilt; {@link #linesOnly()} when only the lines of
 * its tokens moved. A description without fingerprints (made by another manager) is compared as
 * Xtext compares them.
 */
public class WpoResourceDescriptionDelta extends DefaultResourceDescriptionDelta {

	public WpoResourceDescriptionDelta(IResourceDescription old, IResourceDescription _new) {
		super(old, _new);
	}

	@Override
	protected boolean internalHasChanges() {
		IResourceDescription old = getOld();
		IResourceDescription current = getNew();
		if (old == null || current == null) {
			return true;
		}
		String oldContent = FileFacts.marker(FileFacts.importedNamesOf(old), FileFacts.CONTENT);
		String newContent = FileFacts.marker(FileFacts.importedNamesOf(current), FileFacts.CONTENT);
		if (oldContent == null || newContent == null) {
			return super.internalHasChanges();
		}
		return !oldContent.equals(newContent) || !Objects.equals(
				FileFacts.marker(FileFacts.importedNamesOf(old), FileFacts.LINES),
				FileFacts.marker(FileFacts.importedNamesOf(current), FileFacts.LINES));
	}

	private Set<QualifiedName> declaredNames;

	private Boolean namesChanged;

	/**
	 * The names (lower case) the file declared before or declares after the change; kept, since the
	 * builder asks for every other file.
	 */
	public static Set<QualifiedName> declaredNames(IResourceDescription.Delta delta) {
		if (delta instanceof WpoResourceDescriptionDelta wpo) {
			if (wpo.declaredNames == null) {
				wpo.declaredNames = computeDeclaredNames(delta);
			}
			return wpo.declaredNames;
		}
		return computeDeclaredNames(delta);
	}

	/** Whether the file declares other names (or kinds) after the change than before. */
	public static boolean namesChanged(IResourceDescription.Delta delta) {
		if (delta instanceof WpoResourceDescriptionDelta wpo) {
			if (wpo.namesChanged == null) {
				wpo.namesChanged = !names(delta.getOld()).equals(names(delta.getNew()));
			}
			return wpo.namesChanged;
		}
		return !names(delta.getOld()).equals(names(delta.getNew()));
	}

	private static Set<QualifiedName> computeDeclaredNames(IResourceDescription.Delta delta) {
		Set<QualifiedName> names = new HashSet<>();
		for (IResourceDescription description : Arrays.asList(delta.getOld(), delta.getNew())) {
			if (description != null) {
				for (IEObjectDescription exported : description.getExportedObjects()) {
					names.add(exported.getName().toLowerCase());
				}
			}
		}
		return names;
	}

	private static Set<Map.Entry<QualifiedName, EClass>> names(IResourceDescription description) {
		Set<Map.Entry<QualifiedName, EClass>> names = new HashSet<>();
		if (description != null) {
			for (IEObjectDescription exported : description.getExportedObjects()) {
				names.add(Map.entry(exported.getName(), exported.getEClass()));
			}
		}
		return names;
	}

	/** Whether the file changed only in the lines its tokens are on (its content fingerprint is equal). */
	public static boolean linesOnly(IResourceDescription.Delta delta) {
		if (delta.getOld() == null || delta.getNew() == null) {
			return false;
		}
		String oldContent = FileFacts.marker(FileFacts.importedNamesOf(delta.getOld()), FileFacts.CONTENT);
		return oldContent != null
				&& oldContent.equals(FileFacts.marker(FileFacts.importedNamesOf(delta.getNew()), FileFacts.CONTENT));
	}
}
