// SPDX-License-Identifier: EPL-2.0
/**
 * Small learned models the engines share: an averaged perceptron trained by the project on its own labelled
 * {@code dev} halves and shipped (when it helps) as a resource of the engine that uses it.
 */
@NonNullByDefault
package dossier.core.internal.learn;

import org.eclipse.jdt.annotation.NonNullByDefault;
