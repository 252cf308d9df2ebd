// SPDX-License-Identifier: EPL-2.0
package dossier.cli;

/**
 * The command line as a plain Java program, without OSGi: {@code java -cp ENGINE-JARS dossier.cli.Main COMMAND
 * ARGS...}. The engines are plain Java and find their built-in contributions without the extension registry, so
 * the same commands run here as in the product's launcher (which starts {@link DossierApplication}); the
 * fault-injection tests run it as a separate process, and a cluster job can run it where no Eclipse is.
 */
public final class Main {

	private Main() {
	}

	public static void main(String[] args) {
		Console console = Console.system();
		String version = Main.class.getPackage().getImplementationVersion();
		int code = new CommandLine(console, version == null ? "0.1.0 (plain Java)" : version).run(args); //$NON-NLS-1$
		console.out().flush();
		console.err().flush();
		System.exit(code);
	}
}
