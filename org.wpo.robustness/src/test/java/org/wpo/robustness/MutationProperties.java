package org.wpo.robustness;

import org.eclipse.xtext.resource.XtextResource;
import org.wpo.export.JsonExport;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.PropagationMode;

/**
 * The built-in model's files with characters and lines deleted, duplicated and swapped, tokens
 * inserted, or cut short, checked together with the rest of the built-in files (as {@code wpo check}
 * checks the built-in model): no exception, no internal error, every error placed in its file; what
 * still parses formats idempotently without changing what it says.
 */
@AddLifecycleHook(value = Budget.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
class MutationProperties {

	@Provide
	Arbitrary<Inputs.Mutated> mutated() {
		return Inputs.mutated();
	}

	@Property
	@Budget.Cost(24)
	void mutatedBuiltInFilesAreCheckedWithPlacedDiagnostics(@ForAll("mutated") Inputs.Mutated mutated) {
		Tool.Checked checked = Tool.checkLibraryWith(mutated.file(), mutated.text());
		Invariants.assertWellPlaced(checked);
		JsonExport.toJson(checked.result().resources());
	}

	@Property
	@Budget.Cost(2)
	void mutatedFilesThatParseFormatStably(@ForAll("mutated") Inputs.Mutated mutated) {
		String text = mutated.text();
		XtextResource resource = Tool.parseAlone(text);
		if (resource.getErrors().isEmpty()) {
			GeneratedModelProperties.assertFormatsStably(text);
		}
	}
}
