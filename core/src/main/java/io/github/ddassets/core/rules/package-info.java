/**
 * The rule catalogue ({@link io.github.ddassets.core.rules.Rule}) and the pure checks that apply it
 * to the model. {@link io.github.ddassets.core.rules.RuleSet} runs them, for the annotation
 * processor and the folder check alike. A check returns findings; a {@link
 * io.github.ddassets.core.rules.Report} then keeps those of the active profile.
 *
 * <p>Checks work on the model only: nothing here imports the readers or the renderers. A check that
 * compares a file with its rendering is given the rendered text by its caller.
 */
package io.github.ddassets.core.rules;
