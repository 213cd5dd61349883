package org.wpo.dsl.ui.labeling;

import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.ui.label.DefaultDescriptionLabelProvider;
import org.wpo.dsl.naming.WpoQualifiedNameConverter;
import org.wpo.dsl.naming.WpoResourceDescriptionStrategy;

/**
 * Labels of index entries (Open Model Element, find references, content assist): the name, then
 * kind and title as the index records them, without loading the file.
 */
public class WpoDescriptionLabelProvider extends DefaultDescriptionLabelProvider {

	@Override
	public Object text(IEObjectDescription description) {
		String kind = description.getUserData(WpoResourceDescriptionStrategy.KIND);
		String title = description.getUserData(WpoResourceDescriptionStrategy.TITLE);
		String aliasOf = description.getUserData(WpoResourceDescriptionStrategy.ALIAS_OF);
		StringBuilder text = new StringBuilder(description.getName().toString(WpoQualifiedNameConverter.DELIMITER));
		if (kind != null) {
			text.append(" — ").append(kind);
		}
		if (title != null) {
			text.append(": ").append(title);
		}
		if (aliasOf != null) {
			text.append(" (alias of ").append(aliasOf).append(')');
		}
		return text.toString();
	}

	@Override
	public Object image(IEObjectDescription description) {
		String kind = description.getUserData(WpoResourceDescriptionStrategy.KIND);
		boolean specification = kind != null
				&& java.util.Set.of("protocol", "format", "algorithm", "overview", "standard").contains(kind);
		return specification ? WpoImages.SPECIFICATION : WpoImages.of(description.getEClass());
	}
}
