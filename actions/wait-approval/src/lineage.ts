// Who triggered the training run that made a package: MetadataProperties.GeneratedBy names the pipeline execution,
// whose description start-pipeline closes with the run link and GITHUB_TRIGGERING_ACTOR.
import { errorMessage } from '@mlops-actions/shared/runtime';
import { parsePipelineExecutionArn, type ModelPackage, type SageMakerPipelines } from '@mlops-actions/shared/aws/sagemaker';
import { parseProvenance, type RunProvenance } from '@mlops-actions/shared/github';

export type Lineage =
  | { known: true; executionArn: string; provenance: RunProvenance }
  /** Why the training run's trigger is unknown; `executionArn` when the package names one. */
  | { known: false; executionArn?: string; why: string };

export async function readLineage(pkg: ModelPackage, pipelines: SageMakerPipelines): Promise<Lineage> {
  const generatedBy = pkg.MetadataProperties?.GeneratedBy;
  if (!generatedBy) return { known: false, why: 'the package has no MetadataProperties.GeneratedBy (it was not registered by a pipeline execution)' };
  if (!parsePipelineExecutionArn(generatedBy)) {
    return { known: false, why: `its MetadataProperties.GeneratedBy is not a pipeline execution ARN ('${generatedBy.slice(0, 200)}')` };
  }
  let description: string | undefined;
  try {
    description = (await pipelines.describeExecution(generatedBy)).PipelineExecutionDescription;
  } catch (error) {
    return { known: false, executionArn: generatedBy, why: `the pipeline execution could not be read: ${errorMessage(error).split('\n')[0]}` };
  }
  const provenance = parseProvenance(description);
  if (!provenance) {
    return {
      known: false,
      executionArn: generatedBy,
      why: "the pipeline execution's description names no GitHub run (it was not started by start-pipeline, or by an older version)",
    };
  }
  return { known: true, executionArn: generatedBy, provenance };
}
