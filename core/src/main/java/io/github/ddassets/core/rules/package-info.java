/**
 * The rule catalogue ({@link io.github.ddassets.core.rules.Rule}) and the pure checks that apply it
 * to the model. A check returns findings; a {@link io.github.ddassets.core.rules.Report} then keeps
 * those of the active profile.
 */
package io.github.ddassets.core.rules;
