// SPDX-License-Identifier: EPL-2.0
@NonNullByDefault
package dossier.licence.internal;

import org.eclipse.jdt.annotation.NonNullByDefault;
