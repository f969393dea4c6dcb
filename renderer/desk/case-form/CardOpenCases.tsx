/**
 * The caller card's open cases: the same list as the case form's, and once the call's form is
 * open, a choice there attaches the call to that case in the form (and brings the form to front).
 */
import type { ReactNode } from 'react';
import { editForm } from '../../cases/case-form-actions.js';
import { useCaseForms } from '../../cases/case-form-store.js';
import type { OpenCasesSlot } from '../caller/CallerCard.js';
import { useLink } from '../link-context.js';
import { showWorkspaceTab } from '../workspace/workspace-tab.js';
import { attachableForm } from './card-open-cases.js';
import { OpenCases } from './OpenCases.js';

function CardOpenCases({ callId, citizenId }: { callId: string; citizenId: string }) {
  const link = useLink();
  const taxonomy = useCaseForms((state) => state.taxonomy);
  const form = useCaseForms((state) => attachableForm(state.forms, callId, citizenId));
  if (!form) return <OpenCases citizenId={citizenId} taxonomy={taxonomy} />;
  return (
    <OpenCases
      citizenId={citizenId}
      taxonomy={taxonomy}
      chosenCaseId={form.fields.attachCaseId}
      onChoose={(caseId) => {
        editForm(link, form.draftId, { attachCaseId: caseId });
        showWorkspaceTab('case');
      }}
    />
  );
}

/** For the caller card's `openCases` slot: rendered as a component, so its hooks stay its own. */
export const cardOpenCases: OpenCasesSlot = (props): ReactNode => <CardOpenCases {...props} />;
