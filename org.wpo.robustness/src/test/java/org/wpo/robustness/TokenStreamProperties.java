package org.wpo.robustness;

import java.util.Map;

import org.wpo.export.JsonExport;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.PropagationMode;

/**
 * Random token streams (keywords, names, strings terminated or not, numbers, braces, punctuation,
 * comments, junk characters, NUL, unicode) and random bytes, fed to the checker as files: it returns
 * diagnostics, never throws, logs no internal error, and places every error inside the text.
 */
@AddLifecycleHook(value = Budget.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
class TokenStreamProperties {

	@Provide
	Arbitrary<String> streams() {
		Arbitrary<String> prefix = Arbitraries.of("", "", "model fuzz\n", "model fuzz\nimport mswpo\n",
				"area 1 \"A\" {\n", "model fuzz\nimport mswpo\narea 1 {\n\tprotocol MS-FUZZ {\n");
		return net.jqwik.api.Combinators.combine(prefix, Inputs.tokenStream(60)).as((p, s) -> p + s);
	}

	@Property
	@Budget.Cost(12)
	void tokenStreamsAreCheckedWithPlacedDiagnostics(@ForAll("streams") String text) {
		Tool.Checked checked = Tool.check(Map.of("fuzz.wpo", text));
		Invariants.assertWellPlaced(checked);
		JsonExport.toJson(checked.result().resources());
	}

	@Property
	void tokenStreamsParseAndFormatWithoutThrowing(@ForAll("streams") String text) {
		var resource = Tool.parseAlone(text);
		if (resource.getErrors().isEmpty()) {
			GeneratedModelProperties.assertFormatsStably(text);
		}
	}

	@Property
	@Budget.Cost(48)
	void randomBytesAreCheckedWithPlacedDiagnostics(@ForAll byte[] bytes) {
		Invariants.assertWellPlaced(Tool.checkBytes(Map.of("bytes.wpo", bytes)));
	}
}
