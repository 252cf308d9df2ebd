// SPDX-License-Identifier: EPL-2.0
@NonNullByDefault
package dossier.entities.internal;

import org.eclipse.jdt.annotation.NonNullByDefault;
