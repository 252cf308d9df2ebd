// SPDX-License-Identifier: EPL-2.0
package dossier.workspace.internal;

import java.util.Arrays;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.runtime.CoreException;

import dossier.workspace.DossierWorkspace;

/** The corpus nature: installs and removes the corpus builder. */
public class CorpusNature extends ProjectNatureBase {

	@Override
	public void configure() throws CoreException {
		IProjectDescription description = getProject().getDescription();
		ICommand[] commands = description.getBuildSpec();
		if (Arrays.stream(commands).anyMatch(command -> DossierWorkspace.BUILDER_ID.equals(command.getBuilderName()))) {
			return;
		}
		ICommand builder = description.newCommand();
		builder.setBuilderName(DossierWorkspace.BUILDER_ID);
		ICommand[] withBuilder = Arrays.copyOf(commands, commands.length + 1);
		withBuilder[commands.length] = builder;
		description.setBuildSpec(withBuilder);
		getProject().setDescription(description, null);
	}

	@Override
	public void deconfigure() throws CoreException {
		IProjectDescription description = getProject().getDescription();
		description.setBuildSpec(Arrays.stream(description.getBuildSpec())
				.filter(command -> !DossierWorkspace.BUILDER_ID.equals(command.getBuilderName()))
				.toArray(ICommand[]::new));
		getProject().setDescription(description, null);
	}
}
