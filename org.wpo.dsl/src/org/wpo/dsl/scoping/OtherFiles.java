package org.wpo.dsl.scoping;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.ISelectable;

import com.google.common.collect.Iterables;

/**
 * The index without one file: what a file sees of all the others. Look-ups go straight to the
 * index, which answers them from its name table when it has one.
 */
final class OtherFiles implements ISelectable {

	private final IResourceDescriptions index;
	private final URI self;

	OtherFiles(IResourceDescriptions index, URI self) {
		this.index = index;
		this.self = self;
	}

	private Iterable<IEObjectDescription> others(Iterable<IEObjectDescription> descriptions) {
		return self == null ? descriptions
				: Iterables.filter(descriptions, d -> !self.equals(d.getEObjectURI().trimFragment()));
	}

	@Override
	public boolean isEmpty() {
		return Iterables.isEmpty(getExportedObjects());
	}

	@Override
	public Iterable<IEObjectDescription> getExportedObjects() {
		return others(index.getExportedObjects());
	}

	@Override
	public Iterable<IEObjectDescription> getExportedObjects(EClass type, QualifiedName name, boolean ignoreCase) {
		return others(index.getExportedObjects(type, name, ignoreCase));
	}

	@Override
	public Iterable<IEObjectDescription> getExportedObjectsByType(EClass type) {
		return others(index.getExportedObjectsByType(type));
	}

	@Override
	public Iterable<IEObjectDescription> getExportedObjectsByObject(EObject object) {
		return others(index.getExportedObjectsByObject(object));
	}
}
