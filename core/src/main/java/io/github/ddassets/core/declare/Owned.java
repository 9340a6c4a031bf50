package io.github.ddassets.core.declare;

import io.github.ddassets.core.model.Origin;

/**
 * A declaration and the check class it belongs to.
 *
 * @param owner the qualified name of the owning check class, or null when none was found
 * @param explicit whether the owner was named with {@code check = ...} (else it encloses it)
 * @param ownerOrigin where the owner is named (the {@code check} value), for diagnostics
 * @param declaration the declaration
 * @param <T> the declaration type
 */
public record Owned<T>(String owner, boolean explicit, Origin ownerOrigin, T declaration) {}
