// SPDX-License-Identifier: EPL-2.0
@NonNullByDefault
package dossier.core.internal.store;

import org.eclipse.jdt.annotation.NonNullByDefault;
