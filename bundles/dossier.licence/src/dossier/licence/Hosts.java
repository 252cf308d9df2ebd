// SPDX-License-Identifier: EPL-2.0
package dossier.licence;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;

/** Host names of URLs, and whether a host belongs to a site's domains ("fr.globalvoices.org" to globalvoices.org). */
final class Hosts {

	private static final Pattern HOST = Pattern.compile("^(?:[a-z][a-z0-9+.-]*://)?([^/?#:\\s]+)", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$

	private Hosts() {
	}

	/** The lower-case host of {@code url} (with or without a scheme), or null. */
	static @Nullable String of(@Nullable String url) {
		if (url == null) {
			return null;
		}
		Matcher host = HOST.matcher(url.strip());
		return host.find() ? host.group(1).toLowerCase(Locale.ROOT) : null;
	}

	/** The first of {@code sites} whose domains hold the host of {@code url} (or a parent of it), or null. */
	static <T> T siteOf(@Nullable String url, List<T> sites, Function<T, List<String>> domains) {
		String host = of(url);
		for (T site : sites) {
			if (within(host, domains.apply(site))) {
				return site;
			}
		}
		return null;
	}

	/** True when {@code host} is one of {@code domains} (lower case) or a sub-domain of one. */
	static boolean within(@Nullable String host, List<String> domains) {
		if (host == null || host.isBlank()) {
			return false;
		}
		String h = host.toLowerCase(Locale.ROOT);
		for (String domain : domains) {
			if (h.equals(domain) || h.endsWith("." + domain)) { //$NON-NLS-1$
				return true;
			}
		}
		return false;
	}
}
