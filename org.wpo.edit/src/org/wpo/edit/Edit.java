package org.wpo.edit;

/**
 * One editing operation of a diagram tool. It finds what it works on in a freshly loaded model,
 * checks its precondition and says how to change the model; the {@link WpoEditor} records the change,
 * writes it back as text and saves it, or refuses.
 */
public interface Edit {

	/** What the edit does, in a few words, for messages: "rename MS-ACME to MS-ACMX". */
	String description();

	/**
	 * Resolves the edit's objects in the model and checks its precondition.
	 *
	 * @throws Refusal with the reason when the edit cannot be made
	 */
	Change prepare(EditModel model) throws Refusal;
}
