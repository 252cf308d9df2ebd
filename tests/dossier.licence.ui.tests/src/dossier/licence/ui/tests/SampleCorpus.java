// SPDX-License-Identifier: EPL-2.0
package dossier.licence.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

import dossier.core.store.Corpus;
import dossier.ingest.Importers;
import dossier.ingest.Ingest;
import dossier.ingest.IngestMonitor;
import dossier.ingest.IngestOptions;
import dossier.ingest.IngestSummary;
import dossier.tests.common.Workbench;
import dossier.workspace.CorpusProjects;
import dossier.workspace.licence.LicenceMarkers;

/** A corpus project holding the shipped sample article, imported with the plain-text importer. */
final class SampleCorpus {

	static final String SAMPLE = "000_30bd282be3f8cedf.txt";

	final IProject project;
	final String id;
	final IFile file;

	private SampleCorpus(IProject project, String id) {
		this.project = project;
		this.id = id;
		this.file = CorpusProjects.articleFile(project, id);
	}

	static Path samples() {
		String configured = System.getProperty("dossier.samples");
		return Path.of(configured != null ? configured : "../../samples");
	}

	static SampleCorpus create() throws Exception {
		IProject project = CorpusProjects.create("licence-" + System.nanoTime(), null, null);
		// The first (auto-)build reopens the corpus, and Corpus.open deletes the temporary files of a write in
		// progress: import only once it is done.
		Workbench.joinJobs(ResourcesPlugin.FAMILY_AUTO_BUILD);
		Corpus corpus = CorpusProjects.corpus(project);
		Path sample = samples().resolve(SAMPLE);
		if (!Files.isRegularFile(sample)) {
			throw new IllegalStateException("sample not found: " + sample.toAbsolutePath());
		}
		IngestSummary summary = new Ingest(Importers.builtIn(), IngestOptions.defaults()).run(List.of(sample),
				corpus::put, new IngestMonitor() {
				});
		if (corpus.ids().size() != 1) {
			throw new IllegalStateException("the sample was not imported: " + summary.failures() + " " + corpus.problems());
		}
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		SampleCorpus result = new SampleCorpus(project, corpus.ids().get(0));
		result.build();
		return result;
	}

	/** Builds the project incrementally (after any auto-build already scheduled). */
	void build() throws CoreException {
		Workbench.joinJobs(ResourcesPlugin.FAMILY_AUTO_BUILD);
		project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
	}

	void fullBuild() throws CoreException {
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
	}

	IMarker[] markers() throws CoreException {
		return file.findMarkers(LicenceMarkers.TYPE, false, IResource.DEPTH_ZERO);
	}

	List<String> rules() throws CoreException {
		return Arrays.stream(markers()).map(m -> m.getAttribute(LicenceMarkers.RULE, "")).sorted().toList();
	}

	IMarker marker(String rule) throws CoreException {
		return Arrays.stream(markers()).filter(m -> rule.equals(m.getAttribute(LicenceMarkers.RULE, ""))).findFirst()
				.orElse(null);
	}

	void delete() throws CoreException {
		CorpusProjects.forget(project);
		project.delete(true, true, null);
	}
}
