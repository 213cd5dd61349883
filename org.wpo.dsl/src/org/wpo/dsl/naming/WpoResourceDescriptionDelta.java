package org.wpo.dsl.naming;

import java.util.Objects;

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
